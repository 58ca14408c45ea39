package org.masswork.evaluation.round;

import java.util.UUID;
import org.masswork.platform.event.DomainEvent;

/** A round of the people's evaluation opened; {@code townshipId} null for the whole county. */
public record EvaluationRoundOpened(UUID countyId, UUID roundId, String period, UUID townshipId, int cadres, int ballotsIssued)
        implements DomainEvent {

    @Override
    public UUID aggregateId() {
        return roundId;
    }
}
