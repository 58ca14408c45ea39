package org.masswork.cases;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.masswork.infra.KafkaTestClient;

/** The events of one case as published to masswork.case.events, read back from the real broker. */
public final class CaseEvents {

    public static final String TOPIC = "masswork.case.events";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CaseEvents() {
    }

    /** Waits until the case has at least {@code count} events of the type; returns the envelopes of all of them. */
    public static List<JsonNode> await(UUID caseId, String type, int count) {
        try (KafkaTestClient kafka = client()) {
            return kafka.await(TOPIC, r -> caseId.toString().equals(r.key()) && read(r.value()).path("type").asText().equals(type),
                            count, Duration.ofSeconds(20))
                    .stream().map(r -> read(r.value())).toList();
        }
    }

    /** Every event of the case now in the topic, in order. */
    public static List<JsonNode> all(UUID caseId) {
        try (KafkaTestClient kafka = client()) {
            return kafka.readAll(TOPIC).stream().filter(r -> caseId.toString().equals(r.key()))
                    .map(r -> read(r.value())).toList();
        }
    }

    private static KafkaTestClient client() {
        return new KafkaTestClient(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
    }

    private static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
