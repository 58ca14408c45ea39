package org.masswork.cases.lifecycle;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.UUID;
import org.masswork.cases.casefile.CaseFacts;
import org.masswork.cases.casefile.EscalationLevel;
import org.masswork.platform.event.DomainEvent;

/** The case was not accepted (不予受理); the reason stays in case-service, it may name people. */
public record CaseRejected(
        @JsonUnwrapped CaseFacts facts,
        EscalationLevel level,
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
