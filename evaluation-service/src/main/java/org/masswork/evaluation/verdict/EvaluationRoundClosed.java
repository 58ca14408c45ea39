package org.masswork.evaluation.verdict;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.masswork.platform.event.DomainEvent;

/**
 * A round closed: its ballots counted and every cadre concluded. The round's counts are published here, once, and
 * never ballot by ballot. Keyed by round.
 */
public record EvaluationRoundClosed(UUID countyId, UUID roundId, String period, UUID townshipId, long cadres, long graded, long notGraded,
                                    long ballotsIssued, long ballotsReturned, long ballotsInvalid, OffsetDateTime closedAt)
        implements DomainEvent {

    @Override
    public UUID aggregateId() {
        return roundId;
    }
}
