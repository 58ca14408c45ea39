package org.masswork.evaluation.figures;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.masswork.platform.persistence.DeltaFold;

/**
 * Recounts the station days the triggers on the stationings and on changed check-ins marked dirty (work_figures_dirty),
 * adds the cadres the new check-ins count (work_figures_attendance_delta) to the county-day and province-day rollups,
 * and moves the rollups' end a month ahead (work_figures_fold, V12 and V15), as {@link DeltaFold} runs it. One fold at a
 * time: a replica finding another folding folds nothing until its next turn.
 */
@ApplicationScoped
public class WorkFiguresFoldJob {

    private final DeltaFold fold;

    WorkFiguresFoldJob(EntityManager entityManager, MeterRegistry registry) {
        this.fold = new DeltaFold(entityManager, registry, "work_figures_fold");
    }

    @Scheduled(identity = "work-figures-fold", every = "${masswork.evaluation.figures-fold-interval:2s}",
            delayed = "${masswork.evaluation.figures-fold-interval:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        fold();
    }

    /** Folds every committed dirty row it can take now; returns how many. */
    public int fold() {
        return fold.fold();
    }
}
