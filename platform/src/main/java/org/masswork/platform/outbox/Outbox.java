package org.masswork.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.masswork.platform.event.DomainEvent;
import org.masswork.platform.event.EventEnvelope;
import org.masswork.platform.event.EventJson;
import org.masswork.platform.event.EventsConfig;
import org.masswork.platform.observability.EventTracing;
import org.masswork.platform.persistence.AfterCommit;
import org.masswork.platform.persistence.InsertBatch;

/**
 * The only way a service emits an event: inside the business transaction, never outside it. The row goes into the
 * transaction's {@link InsertBatch}, with the change's own rows when the write batches them.
 */
@ApplicationScoped
public class Outbox {

    private final EventsConfig config;
    private final EventJson json;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;
    private final InsertBatch inserts;
    private final EventTracing tracing;

    Outbox(EventsConfig config, EventJson json, TransactionSynchronizationRegistry transactions, OutboxRelay relay,
           InsertBatch inserts, EventTracing tracing) {
        this.config = config;
        this.json = json;
        this.transactions = transactions;
        this.relay = relay;
        this.inserts = inserts;
        this.tracing = tracing;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public EventEnvelope append(DomainEvent event) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String subject = event.aggregateId().toString();
        UUID id = UUID.randomUUID();
        String traceparent = tracing.created(config.topic(), event.eventType(), id);
        EventEnvelope envelope = EventEnvelope.of(
                id, config.source(), event.eventType(), subject, now, json.toTree(event), traceparent, event.countyId());

        OutboxEvent row = new OutboxEvent();
        row.eventId = envelope.id();
        row.topic = config.topic();
        row.key = subject;
        row.type = envelope.type();
        row.envelope = json.write(envelope);
        row.traceparent = traceparent;
        row.createdAt = now;
        inserts.add(row);

        // Publishing starts right after the commit instead of waiting for the next poll.
        AfterCommit.run(transactions, relay::wakeUp);
        return envelope;
    }
}
