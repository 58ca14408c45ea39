package org.masswork.cases.petition;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.masswork.cases.casefile.CaseFacts;
import org.masswork.platform.event.DomainEvent;

/** A petition was filed with the villager's consent, accompanied or by proxy; acceptance is due in 15 days. */
public record PetitionFiled(
        @JsonUnwrapped CaseFacts facts,
        PetitionMode mode,
        OffsetDateTime acceptanceDueAt) implements DomainEvent {

    @Override
    public UUID aggregateId() {
        return facts.caseId();
    }

    @Override
    public UUID countyId() {
        return facts.countyId();
    }
}
