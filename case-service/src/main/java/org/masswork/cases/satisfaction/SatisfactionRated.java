package org.masswork.cases.satisfaction;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.UUID;
import org.masswork.cases.casefile.CaseFacts;
import org.masswork.cases.casefile.EscalationLevel;
import org.masswork.platform.event.DomainEvent;

/**
 * The villager rated the result; {@code byProxy} when a cadre recorded it on their behalf, {@code reopened}
 * when the rating reopened the case (a CaseReopened follows).
 */
public record SatisfactionRated(
        @JsonUnwrapped CaseFacts facts,
        Satisfaction rating,
        boolean byProxy,
        boolean reopened,
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
