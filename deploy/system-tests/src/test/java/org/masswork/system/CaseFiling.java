package org.masswork.system;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.masswork.infra.TestTokens;

/** A station known to case-service, and cases filed at it through the gateway by its cadres. */
final class CaseFiling {

    private static final ObjectMapper JSON = new ObjectMapper();

    final UUID townshipId;
    final UUID villageId;
    final UUID stationId;
    private final String gateway;

    private CaseFiling(String gateway, UUID townshipId, UUID villageId, UUID stationId) {
        this.gateway = gateway;
        this.townshipId = townshipId;
        this.villageId = villageId;
        this.stationId = stationId;
    }

    /** Registers a township, village and station, and waits until case-service has the station in its directory. */
    static CaseFiling atNewStation(String gateway) {
        StationNetwork network = new StationNetwork(gateway);
        UUID townshipId = network.township();
        UUID villageId = network.village(townshipId);
        UUID stationId = network.station(villageId);
        StationNetwork.awaitInCaseService(gateway, List.of(stationId));
        return new CaseFiling(gateway, townshipId, villageId, stationId);
    }

    /**
     * An officer of the station's township, who may file there; writers each take their own subject, so the
     * gateway's rate limit applies per writer.
     */
    String writerToken() {
        return TestTokens.token("writer-" + UUID.randomUUID(), Set.of("TOWNSHIP_OFFICER"), Map.of("township", townshipId.toString()));
    }

    WriteLoad.Outcome file(String token) {
        Http.Response response = Http.postJson(gateway + "/api/v1/cases", token, body(dispute()));
        return new WriteLoad.Outcome(response, response.status() == 201 ? id(response.body()) : null);
    }

    /** A dispute filed at the station, as its cadres file them. */
    Map<String, Object> dispute() {
        return Map.of("kind", "DISPUTE", "channel", "STATION_DAY_WALK_IN", "category", "FAMILY_NEIGHBOUR_DISPUTE",
                "stationId", stationId, "villager", Map.of("name", "赵六", "phone", "13700001111"),
                "description", "两户因排水沟改道发生争执");
    }

    static String body(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The event envelope a Kafka record of the services carries. */
    static JsonNode envelope(ConsumerRecord<String, String> record) {
        try {
            return JSON.readTree(record.value());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String id(String body) {
        try {
            return JSON.readTree(body).path("id").asText();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not JSON: " + body, e);
        }
    }
}
