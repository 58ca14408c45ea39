package org.masswork.cadre.assignment;

import java.time.LocalDate;
import java.util.UUID;
import org.masswork.platform.event.DomainEvent;

public record AssignmentEnded(
        UUID assignmentId,
        UUID countyId,
        UUID cadreId,
        UUID stationId,
        UUID villageId,
        UUID townshipId,
        LocalDate endedOn,
        String reason) implements DomainEvent {

    @Override
    public UUID aggregateId() {
        return assignmentId;
    }
}
