package org.masswork.cases.lifecycle;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.UUID;
import org.masswork.cases.casefile.CaseFacts;
import org.masswork.cases.casefile.EscalationLevel;
import org.masswork.platform.event.DomainEvent;

/** The case was resolved (办结), with the way it was handled. */
public record CaseResolved(
        @JsonUnwrapped CaseFacts facts,
        EscalationLevel level,
        HandlingMethod method,
        boolean onTime,
        UUID handlerCadreId,
        String actor) implements DomainEvent {

    @Override
    public UUID aggregateId() {
        return facts.caseId();
    }

    @Override
    public UUID countyId() {
        return facts.countyId();
    }
}
