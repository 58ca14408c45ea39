package org.masswork.evaluation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.eclipse.microprofile.config.ConfigProvider;
import org.masswork.infra.KafkaTestClient;

/** evaluation-service's own events as published to masswork.evaluation.events, read back from the broker. */
public final class EvaluationEvents {

    public static final String TOPIC = "masswork.evaluation.events";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EvaluationEvents() {
    }

    /** Waits until at least {@code count} events of the type match; returns their envelopes. */
    public static List<JsonNode> await(String type, Predicate<JsonNode> match, int count) {
        try (KafkaTestClient kafka = new KafkaTestClient(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class))) {
            return kafka.await(TOPIC, r -> {
                        JsonNode envelope = read(r.value());
                        return envelope.path("type").asText().equals(type) && match.test(envelope);
                    }, count, Duration.ofSeconds(20))
                    .stream().map(r -> read(r.value())).toList();
        }
    }

    private static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
