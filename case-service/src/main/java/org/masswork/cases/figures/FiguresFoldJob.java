package org.masswork.cases.figures;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.masswork.platform.persistence.DeltaFold;

/**
 * Folds the deltas the case triggers append (case_figures_delta) into the station-month and county-month rollups
 * (case_figures_fold, V14__figures_deltas.sql and V22), as {@link DeltaFold} describes.
 */
@ApplicationScoped
public class FiguresFoldJob {

    private final DeltaFold fold;

    FiguresFoldJob(EntityManager entityManager, MeterRegistry registry) {
        this.fold = new DeltaFold(entityManager, registry, "case_figures_fold");
    }

    @Scheduled(identity = "case-figures-fold", every = "${masswork.cases.figures-fold-interval:2s}",
            delayed = "${masswork.cases.figures-fold-interval:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        fold();
    }

    /** Folds every committed delta it can take now; returns how many. */
    public int fold() {
        return fold.fold();
    }

    /** One batch, in the caller's transaction. */
    int foldBatch() {
        return fold.foldBatch();
    }
}
