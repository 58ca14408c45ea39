package org.masswork.evaluation.verdict;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.masswork.platform.event.DomainEvent;

/**
 * A cadre of a closed round got no grade, and so no consequence (too few ballots, too short a service). Not an
 * EvaluationConcluded, which cadre-service reads as a grade: for it the cadre's latest evaluation stays what it was.
 * Keyed by cadre.
 */
public record EvaluationNotGraded(UUID countyId, UUID cadreId, UUID roundId, String period, List<NotGradedReason> reasons,
                                  OffsetDateTime concludedAt) implements DomainEvent {

    @Override
    public UUID aggregateId() {
        return cadreId;
    }
}
