package org.masswork.cases.lifecycle;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.UUID;
import org.masswork.cases.casefile.CaseFacts;
import org.masswork.cases.casefile.EscalationLevel;
import org.masswork.platform.event.DomainEvent;

/** The case came back down the ladder once settled. */
public record CaseDeescalated(
        @JsonUnwrapped CaseFacts facts,
        EscalationLevel fromLevel,
        EscalationLevel toLevel,
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
