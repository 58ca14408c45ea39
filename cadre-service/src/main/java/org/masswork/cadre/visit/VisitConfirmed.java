package org.masswork.cadre.visit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.masswork.platform.event.DomainEvent;

/** The household confirmed a visit after it was recorded. */
public record VisitConfirmed(
        UUID visitId,
        UUID countyId,
        UUID cadreId,
        UUID stationId,
        UUID villageId,
        UUID townshipId,
        UUID householdId,
        LocalDate visitedOn,
        ConfirmationMethod confirmationMethod,
        OffsetDateTime confirmedAt) implements DomainEvent {

    @Override
    public UUID aggregateId() {
        return visitId;
    }
}
