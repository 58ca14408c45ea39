package org.masswork.cases.casefile;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.UUID;
import org.masswork.platform.event.DomainEvent;

/** A case was filed at a station; {@code occurredAt} is when the station received it. */
public record CaseOpened(
        @JsonUnwrapped CaseFacts facts,
        CaseChannel channel,
        EscalationLevel level,
        UUID visitId,
        String openedBy) implements DomainEvent {

    @Override
    public UUID aggregateId() {
        return facts.caseId();
    }

    @Override
    public UUID countyId() {
        return facts.countyId();
    }
}
