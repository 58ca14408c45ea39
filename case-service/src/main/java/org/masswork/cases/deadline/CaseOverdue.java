package org.masswork.cases.deadline;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.masswork.cases.casefile.CaseFacts;
import org.masswork.cases.casefile.EscalationLevel;
import org.masswork.platform.event.DomainEvent;

/** A deadline of the case passed unmet; emitted once per deadline. */
public record CaseOverdue(
        @JsonUnwrapped CaseFacts facts,
        EscalationLevel level,
        DeadlineKind deadline,
        OffsetDateTime dueAt) implements DomainEvent {

    @Override
    public UUID aggregateId() {
        return facts.caseId();
    }

    @Override
    public UUID countyId() {
        return facts.countyId();
    }
}
