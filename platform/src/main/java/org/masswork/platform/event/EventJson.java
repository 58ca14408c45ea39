package org.masswork.platform.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;

/** Reads and writes envelopes and payloads with the application's configured ObjectMapper. */
@ApplicationScoped
public class EventJson {

    private final ObjectMapper mapper;

    EventJson(ObjectMapper mapper) {
        // Producers may add payload fields before consumers know them: ignore what is not understood.
        this.mapper = mapper.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    public JsonNode toTree(Object payload) {
        return mapper.valueToTree(payload);
    }

    public String write(EventEnvelope envelope) {
        try {
            return mapper.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public EventEnvelope read(String json) throws JsonProcessingException {
        return mapper.readValue(json, EventEnvelope.class);
    }

    public <T> T payload(EventEnvelope envelope, Class<T> type) throws JsonProcessingException {
        return mapper.treeToValue(envelope.data(), type);
    }
}
