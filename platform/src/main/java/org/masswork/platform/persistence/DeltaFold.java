package org.masswork.platform.persistence;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;

/**
 * Folds a figures rollup's deltas (rows its triggers append in the writing transaction) into the rollup, batch by
 * batch, each batch one call of the database function that deletes the deltas and adds their sums in one statement,
 * in a transaction of its own: a snapshot sees each change either as a delta or in its rollup row. Every replica folds;
 * folds running at once take disjoint batches and never deadlock, and writers never wait for a fold. Used by
 * case-service's case figures and cadre-service's card figures, each on its own schedule, and evaluation-service's
 * work figures, whose station-day function also recounts the days its dirty rows name, one fold at a time.
 */
public final class DeltaFold {

    public static final int BATCH = 10_000;

    private final EntityManager entityManager;
    private final String statement;
    /** When this replica last folded without failing: deltas only pile up (figures exact, slower) if none folds. */
    private volatile long lastFoldedAt = System.currentTimeMillis();

    /** @param function the database function that folds at most {@code batch} deltas and returns how many it folded */
    public DeltaFold(EntityManager entityManager, MeterRegistry registry, String function) {
        this.entityManager = entityManager;
        this.statement = "select " + function + "(:batch)";
        // A service may keep several rollups: each fold's lag is its own series, named by its function.
        Gauge.builder("masswork.figures.fold.lag", this, fold -> (System.currentTimeMillis() - fold.lastFoldedAt) / 1000.0)
                .tag("fold", function).baseUnit("seconds").description("Seconds since this replica last folded the figures deltas")
                .register(registry);
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
    public int foldBatch() {
        return ((Number) entityManager.createNativeQuery(statement).setParameter("batch", BATCH).getSingleResult()).intValue();
    }
}
