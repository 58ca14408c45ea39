package org.masswork.cases.station;

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

    public static void awaitInDirectory(KnownStationRepository stations, UUID stationId, Duration patience) {
        Await.until("station " + stationId + " in the directory", patience, () ->
                QuarkusTransaction.requiringNew().call(() -> stations.findByIdOptional(stationId)).isPresent());
    }
}
