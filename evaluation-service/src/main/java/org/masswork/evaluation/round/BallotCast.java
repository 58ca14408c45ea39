package org.masswork.evaluation.round;

import java.util.UUID;
import org.masswork.platform.event.DomainEvent;

/** A ballot was cast (or a spoiled one returned) for a cadre in a round. Never says who cast it or how. */
public record BallotCast(UUID roundId, UUID cadreId, boolean valid) implements DomainEvent {

    @Override
    public UUID aggregateId() {
        return roundId;
    }
}
