package org.masswork.cadre.contactcard;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.masswork.platform.persistence.DeltaFold;

/**
 * Folds the deltas the household and card triggers append (card_figures_delta) into the station and county rows the
 * card figures read (card_figures_fold, V52__card_figures_rollup.sql), as {@link DeltaFold} describes.
 */
@ApplicationScoped
public class CardFiguresFoldJob {

    private final DeltaFold fold;

    CardFiguresFoldJob(EntityManager entityManager, MeterRegistry registry) {
        this.fold = new DeltaFold(entityManager, registry, "card_figures_fold");
    }

    @Scheduled(identity = "card-figures-fold", every = "${masswork.household-work.card.figures-fold-interval:2s}",
            delayed = "${masswork.household-work.card.figures-fold-interval:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
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
