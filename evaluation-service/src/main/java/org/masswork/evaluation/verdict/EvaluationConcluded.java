package org.masswork.evaluation.verdict;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.masswork.platform.event.DomainEvent;

/** A cadre's result in a round; the contract cadre-service consumes (docs/asyncapi.yaml). Keyed by cadre. */
public record EvaluationConcluded(UUID countyId, UUID cadreId, UUID roundId, String period, Grade grade, Consequence consequence,
                                  OffsetDateTime concludedAt) implements DomainEvent {

    @Override
    public UUID aggregateId() {
        return cadreId;
    }
}
