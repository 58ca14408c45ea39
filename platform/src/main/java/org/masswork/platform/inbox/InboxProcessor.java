package org.masswork.platform.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;
import org.masswork.platform.event.EventEnvelope;
import org.masswork.platform.event.EventJson;
import org.masswork.platform.observability.EventTracing;

/**
 * Applies events exactly once: each event's inbox row and its handler's effect commit together, and an event
 * whose inbox row exists already changes nothing.
 */
@ApplicationScoped
public class InboxProcessor {

    public enum Outcome {
        APPLIED, DUPLICATE, NOT_HANDLED
    }

    /** Claims the inbox rows of a whole batch in one statement; the ids returned are the events seen for the first time. */
    private static final String CLAIM = """
            insert into inbox_event (event_id, event_type, source, processed_at)
            select event.id, event.type, event.source, now() from unnest(?, ?, ?) as event(id, type, source)
            on conflict (event_id) do nothing
            returning event_id""";

    private final Map<String, EventHandler<?>> handlers = new HashMap<>();
    private final EventJson json;
    private final EntityManager entityManager;
    private final EventTracing tracing;

    InboxProcessor(@Any Instance<EventHandler<?>> handlers, EventJson json, EntityManager entityManager,
                   EventTracing tracing) {
        for (EventHandler<?> handler : handlers) {
            EventHandler<?> previous = this.handlers.put(handler.eventType(), handler);
            if (previous != null) {
                throw new IllegalStateException("two handlers for event type " + handler.eventType());
            }
        }
        this.json = json;
        this.entityManager = entityManager;
        this.tracing = tracing;
    }

    public Set<String> handledTypes() {
        return handlers.keySet();
    }

    public boolean handles(String type) {
        return handlers.containsKey(type);
    }

    /**
     * Applies the events, in their order, in one transaction. When one fails nothing of the batch is committed and
     * the exception is thrown; the caller then applies them one by one to find it.
     * Rolls back on checked exceptions too: an unreadable payload must not leave its inbox row behind.
     */
    @Transactional(rollbackOn = Exception.class)
    public List<Outcome> applyAll(List<EventEnvelope> envelopes) throws JsonProcessingException {
        Set<UUID> firstSeen = claim(envelopes.stream().filter(e -> handlers.containsKey(e.type())).toList());
        List<Outcome> outcomes = new ArrayList<>(envelopes.size());
        for (EventEnvelope envelope : envelopes) {
            EventHandler<?> handler = handlers.get(envelope.type());
            if (handler == null) {
                outcomes.add(Outcome.NOT_HANDLED);
            } else if (firstSeen.remove(envelope.id())) {
                dispatch(handler, envelope);
                outcomes.add(Outcome.APPLIED);
            } else {
                outcomes.add(Outcome.DUPLICATE);
            }
        }
        return outcomes;
    }

    @Transactional(rollbackOn = Exception.class)
    public Outcome apply(EventEnvelope envelope) throws JsonProcessingException {
        return applyAll(List.of(envelope)).get(0);
    }

    private Set<UUID> claim(List<EventEnvelope> envelopes) {
        if (envelopes.isEmpty()) {
            return new HashSet<>();
        }
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement claim = connection.prepareStatement(CLAIM)) {
                claim.setArray(1, connection.createArrayOf("uuid", envelopes.stream().map(EventEnvelope::id).toArray()));
                claim.setArray(2, connection.createArrayOf("varchar", envelopes.stream().map(EventEnvelope::type).toArray()));
                claim.setArray(3, connection.createArrayOf("varchar", envelopes.stream().map(EventEnvelope::source).toArray()));
                Set<UUID> claimed = new HashSet<>();
                try (ResultSet rows = claim.executeQuery()) {
                    while (rows.next()) {
                        claimed.add(rows.getObject(1, UUID.class));
                    }
                }
                return claimed;
            }
        });
    }

    private <T> void dispatch(EventHandler<T> handler, EventEnvelope envelope) throws JsonProcessingException {
        tracing.processing(envelope, () -> handler.handle(envelope, json.payload(envelope, handler.payloadType())));
    }
}
