package org.masswork.cases.petition;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.UUID;
import org.masswork.cases.casefile.CaseFacts;
import org.masswork.cases.casefile.EscalationLevel;
import org.masswork.platform.event.DomainEvent;

/** The petitioner is satisfied and stops petitioning (息访息诉). */
public record PetitionEnded(
        @JsonUnwrapped CaseFacts facts,
        PetitionMode mode,
        PetitionOutcome outcome,
        EscalationLevel level) implements DomainEvent {

    @Override
    public UUID aggregateId() {
        return facts.caseId();
    }

    @Override
    public UUID countyId() {
        return facts.countyId();
    }
}
