package org.masswork.cases.lifecycle;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.masswork.cases.casefile.CaseFacts;
import org.masswork.cases.casefile.EscalationLevel;
import org.masswork.platform.event.DomainEvent;

/** The case was closed; {@code closedAtLevel} STATION counts for 一般问题不出村. */
public record CaseClosed(
        @JsonUnwrapped CaseFacts facts,
        EscalationLevel closedAtLevel,
        boolean onTime,
        OffsetDateTime openedAt,
        OffsetDateTime resolvedAt,
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
