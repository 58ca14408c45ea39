package org.masswork.cadre.contactcard;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Folds the deltas the household and card triggers append (card_figures_delta) into the station and county rows the
 * card figures read, batch by batch, each batch one statement and transaction (card_figures_fold,
 * V52__card_figures_rollup.sql), as case-service's figures fold does: a snapshot sees each change either as a delta or
 * in its rows. Every replica runs the job; folds running at once take disjoint batches and never deadlock, and
 * writers never wait for a fold.
 */
@ApplicationScoped
public class CardFiguresFoldJob {

    static final int BATCH = 10_000;

    private final EntityManager entityManager;
    /** When this replica last folded without failing: deltas only pile up (figures exact, slower) if none folds. */
    private volatile long lastFoldedAt = System.currentTimeMillis();

    CardFiguresFoldJob(EntityManager entityManager, MeterRegistry registry) {
        this.entityManager = entityManager;
        Gauge.builder("masswork.figures.fold.lag", this, job -> (System.currentTimeMillis() - job.lastFoldedAt) / 1000.0)
                .baseUnit("seconds").description("Seconds since this replica last folded the figures deltas")
                .register(registry);
    }

    @Scheduled(identity = "card-figures-fold", every = "${masswork.household-work.card.figures-fold-interval:2s}",
            delayed = "${masswork.household-work.card.figures-fold-interval:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        fold();
    }

    /** Folds batch after batch until one is not full (another fold may hold the rest); returns how many deltas. */
    public int fold() {
        int total = 0;
        int folded;
        do {
            folded = QuarkusTransaction.requiringNew().call(this::foldBatch);
            total += folded;
        } while (folded == BATCH);
        lastFoldedAt = System.currentTimeMillis();
        return total;
    }

    /** One batch, in the caller's transaction. */
    int foldBatch() {
        return ((Number) entityManager.createNativeQuery("select card_figures_fold(:batch)").setParameter("batch", BATCH)
                .getSingleResult()).intValue();
    }
}
