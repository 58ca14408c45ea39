package org.masswork.cases.lifecycle;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.UUID;
import org.masswork.cases.casefile.CaseFacts;
import org.masswork.cases.casefile.EscalationLevel;
import org.masswork.platform.event.DomainEvent;

/** The case is being handled again, after an unsatisfied rating or by a handler's decision. */
public record CaseReopened(
        @JsonUnwrapped CaseFacts facts,
        EscalationLevel level,
        ReopenReason reason,
        int reopenCount) implements DomainEvent {

    @Override
    public UUID aggregateId() {
        return facts.caseId();
    }

    @Override
    public UUID countyId() {
        return facts.countyId();
    }
}
