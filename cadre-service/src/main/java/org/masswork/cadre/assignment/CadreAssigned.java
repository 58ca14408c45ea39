package org.masswork.cadre.assignment;

import java.time.LocalDate;
import java.util.UUID;
import org.masswork.platform.event.DomainEvent;

public record CadreAssigned(
        UUID assignmentId,
        UUID countyId,
        UUID cadreId,
        UUID stationId,
        UUID villageId,
        UUID townshipId,
        String role,
        boolean firstSecretary,
        LocalDate startsOn,
        LocalDate termEndsOn,
        boolean matchingException,
        String returnReason) implements DomainEvent {

    @Override
    public UUID aggregateId() {
        return assignmentId;
    }
}
