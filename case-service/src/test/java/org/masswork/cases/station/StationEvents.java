package org.masswork.cases.station;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.masswork.infra.Await;
import org.masswork.infra.TestEvents;

/** cadre-service's StationRegistered as it reaches case-service, and a wait for its effect. */
public final class StationEvents {

    public static final String CADRE_TOPIC = "masswork.cadre.events";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private StationEvents() {
    }

    public static String stationRegistered(UUID eventId, UUID stationId, UUID townshipId, String name) {
        ObjectNode data = MAPPER.createObjectNode()
                .put("stationId", stationId.toString())
                .put("stationName", name)
                .put("villageId", UUID.randomUUID().toString())
                .put("villageCode", "V-1")
                .put("villageName", "东沟村")
                .put("villageKind", "VILLAGE")
                .put("villageType", "POOR")
                .put("townshipId", townshipId.toString())
                .put("townshipName", "城关镇");
        return TestEvents.envelope(eventId, "/masswork/cadre-service", "StationRegistered", stationId.toString(),
                OffsetDateTime.now(ZoneOffset.UTC), data.toString());
    }

    /** A StationRegistered of a station of the given county, which the envelope's countyid names. */
    public static String stationRegistered(UUID eventId, UUID stationId, UUID townshipId, String name, UUID countyId) {
        return inCounty(stationRegistered(eventId, stationId, townshipId, name), countyId);
    }

    /** An envelope of cadre-service's with its countyid attribute set. */
    public static String inCounty(String envelope, UUID countyId) {
        try {
            ObjectNode node = (ObjectNode) MAPPER.readTree(envelope);
            return node.put("countyid", countyId.toString()).toString();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public static void awaitInDirectory(KnownStationRepository stations, UUID stationId, Duration patience) {
        Await.until("station " + stationId + " in the directory", patience, () ->
                QuarkusTransaction.requiringNew().call(() -> stations.findByIdOptional(stationId)).isPresent());
    }
}
