package org.masswork.evaluation.figures;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.masswork.platform.persistence.DeltaFold;

/**
 * Folds the deltas the visit triggers append (visit_figures_delta) into the county-day and county-month rollups
 * (visit_figures_fold, V13__visit_figures_county_days.sql), as {@link DeltaFold} describes; the folds of all replicas
 * take turns (the function's lock), since each numbers the households new to the rollups.
 */
@ApplicationScoped
public class VisitFiguresFoldJob {

    private final DeltaFold fold;

    VisitFiguresFoldJob(EntityManager entityManager, MeterRegistry registry) {
        this.fold = new DeltaFold(entityManager, registry, "visit_figures_fold");
    }

    @Scheduled(identity = "visit-figures-fold", every = "${masswork.evaluation.figures-fold-interval:2s}",
            delayed = "${masswork.evaluation.figures-fold-interval:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        fold();
    }

    /** Folds every committed delta it can take now; returns how many. */
    public int fold() {
        return fold.fold();
    }
}
