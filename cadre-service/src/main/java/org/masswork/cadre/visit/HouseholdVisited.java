package org.masswork.cadre.visit;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.masswork.platform.event.DomainEvent;

/** A cadre recorded a household visit; {@code confirmed} if the household confirmed it at once. */
public record HouseholdVisited(
        UUID visitId,
        UUID countyId,
        UUID cadreId,
        UUID stationId,
        UUID villageId,
        UUID townshipId,
        UUID householdId,
        LocalDate visitedOn,
        List<FiveRole> roles,
        boolean followUpNeeded,
        boolean confirmed,
        ConfirmationMethod confirmationMethod) implements DomainEvent {

    @Override
    public UUID aggregateId() {
        return visitId;
    }
}
