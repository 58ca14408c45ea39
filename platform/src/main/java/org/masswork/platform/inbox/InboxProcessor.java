package org.masswork.platform.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.masswork.platform.event.EventEnvelope;
import org.masswork.platform.event.EventJson;

/** Applies one event exactly once: the inbox row and the handler's effect commit together. */
@ApplicationScoped
public class InboxProcessor {

    private final Map<String, EventHandler<?>> handlers = new HashMap<>();
    private final EventJson json;
    private final EntityManager entityManager;

    InboxProcessor(@Any Instance<EventHandler<?>> handlers, EventJson json, EntityManager entityManager) {
        for (EventHandler<?> handler : handlers) {
            EventHandler<?> previous = this.handlers.put(handler.eventType(), handler);
            if (previous != null) {
                throw new IllegalStateException("two handlers for event type " + handler.eventType());
            }
        }
        this.json = json;
        this.entityManager = entityManager;
    }

    public Set<String> handledTypes() {
        return handlers.keySet();
    }

    /** Rolls back on checked exceptions too: an unreadable payload must not leave its inbox row behind. */
    @Transactional(rollbackOn = Exception.class)
    public Outcome apply(EventEnvelope envelope) throws JsonProcessingException {
        EventHandler<?> handler = handlers.get(envelope.type());
        if (handler == null) {
            return Outcome.NOT_HANDLED;
        }
        int inserted = entityManager.createNativeQuery("""
                        insert into inbox_event (event_id, event_type, source, processed_at)
                        values (:id, :type, :source, :now) on conflict (event_id) do nothing""")
                .setParameter("id", envelope.id())
                .setParameter("type", envelope.type())
                .setParameter("source", envelope.source())
                .setParameter("now", OffsetDateTime.now(ZoneOffset.UTC))
                .executeUpdate();
        if (inserted == 0) {
            return Outcome.DUPLICATE;
        }
        dispatch(handler, envelope);
        return Outcome.APPLIED;
    }

    private <T> void dispatch(EventHandler<T> handler, EventEnvelope envelope) throws JsonProcessingException {
        handler.handle(envelope, json.payload(envelope, handler.payloadType()));
    }

    @Transactional
    public void park(ConsumerRecord<String, String> record, String error) {
        ParkedEvent parked = new ParkedEvent();
        parked.topic = record.topic();
        parked.partition = record.partition();
        parked.offset = record.offset();
        parked.key = record.key();
        parked.payload = record.value() == null ? "" : record.value();
        parked.error = error;
        parked.parkedAt = OffsetDateTime.now(ZoneOffset.UTC);
        parked.persist();
    }

    public enum Outcome {
        APPLIED, DUPLICATE, NOT_HANDLED
    }
}
