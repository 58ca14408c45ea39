package org.masswork.evaluation.figures;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.masswork.platform.persistence.DeltaFold;

/**
 * Folds the deltas the case_fact trigger appends (case_county_day_delta) into the county days the whole counties'
 * cases are read from (case_county_day_fold, V14), as {@link DeltaFold} describes.
 */
@ApplicationScoped
public class CaseCountyDayFoldJob {

    private final DeltaFold fold;

    CaseCountyDayFoldJob(EntityManager entityManager, MeterRegistry registry) {
        this.fold = new DeltaFold(entityManager, registry, "case_county_day_fold");
    }

    @Scheduled(identity = "case-county-day-fold", every = "${masswork.evaluation.figures-fold-interval:2s}",
            delayed = "${masswork.evaluation.figures-fold-interval:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        fold();
    }

    /** Folds every committed delta it can take now; returns how many. */
    public int fold() {
        return fold.fold();
    }
}
