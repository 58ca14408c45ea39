package org.masswork.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.masswork.platform.inbox.ParkedEvents;

/**
 * The relay's view of the outbox table. Every method is a short transaction of its own: nothing is held while
 * the relay waits for the broker.
 */
@ApplicationScoped
public class OutboxStore {

    private final EntityManager entityManager;
    private final ParkedEvents parked;

    OutboxStore(EntityManager entityManager, ParkedEvents parked) {
        this.entityManager = entityManager;
        this.parked = parked;
    }

    /**
     * Takes or renews the right to publish for {@code lease}, if no other replica holds it. The database's clock
     * decides, so the replicas' clocks need not agree.
     */
    @Transactional
    public boolean acquireLease(String owner, Duration lease) {
        return entityManager.createNativeQuery("""
                        update outbox_relay_lease set owner = :owner, expires_at = now() + make_interval(secs => :seconds)
                        where id = 1 and (owner = :owner or expires_at < now())""")
                .setParameter("owner", owner)
                .setParameter("seconds", lease.toMillis() / 1000.0)
                .executeUpdate() == 1;
    }

    /** Lets another replica take over at once, when this one stops. */
    @Transactional
    public void releaseLease(String owner) {
        entityManager.createNativeQuery("update outbox_relay_lease set expires_at = now() where id = 1 and owner = :owner")
                .setParameter("owner", owner)
                .executeUpdate();
    }

    /** The oldest pending rows, in publishing order. */
    @Transactional
    public List<OutboxEvent> pending(int limit) {
        return OutboxEvent.<OutboxEvent>find("publishedAt is null order by seq").page(0, limit).list();
    }

    /**
     * Marks rows published, only while {@code owner} still holds the lease: rows a replica that lost it sent are
     * sent again by the new holder, and the consumers' inbox takes the second copy as a duplicate.
     *
     * @return how many rows were marked
     */
    @Transactional
    public int markPublished(String owner, List<Long> seqs) {
        if (seqs.isEmpty()) {
            return 0;
        }
        return entityManager.createNativeQuery("""
                        update outbox_event set published_at = now()
                        where seq = any(:seqs) and published_at is null
                        and exists (select 1 from outbox_relay_lease where id = 1 and owner = :owner)""")
                .setParameter("seqs", seqs.toArray(Long[]::new))
                .setParameter("owner", owner)
                .executeUpdate();
    }

    /**
     * Counts a failed attempt on a row; one the broker refuses for itself ({@code poison}) is parked once it reaches
     * {@code maxAttempts}, so the rows after it can go.
     *
     * @return whether the row was parked
     */
    @Transactional
    public boolean recordFailure(long seq, String error, boolean poison, int maxAttempts) {
        OutboxEvent row = OutboxEvent.findById(seq);
        if (row == null || row.publishedAt != null) {
            return false;
        }
        row.attempts++;
        row.lastError = error;
        if (poison && row.attempts >= maxAttempts) {
            parked.parkOutgoing(row, error);
            row.delete();
            return true;
        }
        return false;
    }

    /** @param oldest the age of the oldest pending row, zero when none is pending */
    public record Backlog(long pending, Duration oldest) {
    }

    @Transactional
    public Backlog backlog() {
        Object[] row = entityManager.createQuery(
                        "select count(e), min(e.createdAt) from OutboxEvent e where e.publishedAt is null", Object[].class)
                .getSingleResult();
        OffsetDateTime oldest = (OffsetDateTime) row[1];
        return new Backlog((Long) row[0], oldest == null ? Duration.ZERO
                : Duration.between(oldest, OffsetDateTime.now(ZoneOffset.UTC)).abs());
    }

    @Transactional
    public long deletePublishedOlderThan(Duration retention) {
        return OutboxEvent.delete("publishedAt < ?1", OffsetDateTime.now(ZoneOffset.UTC).minus(retention));
    }
}
