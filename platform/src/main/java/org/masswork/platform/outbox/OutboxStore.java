package org.masswork.platform.outbox;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** The relay's view of the outbox table. */
@ApplicationScoped
public class OutboxStore {

    /** Any constant works: it only has to be the same in every replica of one service. */
    public static final long RELAY_LOCK_KEY = 0x6f7574626f78L;

    private final EntityManager entityManager;

    OutboxStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Publishes the oldest pending rows in one transaction that holds the relay lock, so that only one
     * replica publishes at a time and rows go out in {@code seq} order. The lock is released with the
     * transaction, also when the replica dies.
     */
    @Transactional
    @TransactionConfiguration(timeout = 120)
    public BatchOutcome publishPending(int limit, OutboxPublisher publisher) {
        boolean leader = (Boolean) entityManager
                .createNativeQuery("select pg_try_advisory_xact_lock(:key)")
                .setParameter("key", RELAY_LOCK_KEY)
                .getSingleResult();
        if (!leader) {
            return BatchOutcome.NOT_LEADER;
        }
        List<OutboxEvent> pending = OutboxEvent.find("publishedAt is null order by seq").page(0, limit).list();
        if (pending.isEmpty()) {
            return BatchOutcome.NOTHING_PENDING;
        }
        OutboxPublisher.Result result = publisher.publish(pending);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (OutboxEvent event : result.published()) {
            event.publishedAt = now;
        }
        if (result.failed() != null) {
            result.failed().attempts++;
            result.failed().lastError = abbreviate(result.error());
            return BatchOutcome.BROKER_FAILED;
        }
        return pending.size() == limit ? BatchOutcome.MORE_PENDING : BatchOutcome.ALL_PUBLISHED;
    }

    @Transactional
    public long countPending() {
        return OutboxEvent.count("publishedAt is null");
    }

    @Transactional
    public long deletePublishedOlderThan(Duration retention) {
        return OutboxEvent.delete("publishedAt < ?1", OffsetDateTime.now(ZoneOffset.UTC).minus(retention));
    }

    private static String abbreviate(String error) {
        return error == null || error.length() <= 1000 ? error : error.substring(0, 1000);
    }

    public enum BatchOutcome {
        NOT_LEADER, NOTHING_PENDING, ALL_PUBLISHED, MORE_PENDING, BROKER_FAILED
    }
}
