package org.masswork.cadre.checkin;

import java.time.LocalDate;
import java.util.UUID;
import org.masswork.platform.event.DomainEvent;

/** A cadre was at their station on a station day (25th–27th). Keyed by the check-in. */
public record StationDayAttended(
        UUID checkInId,
        UUID countyId,
        UUID cadreId,
        UUID stationId,
        UUID villageId,
        UUID townshipId,
        LocalDate date) implements DomainEvent {

    @Override
    public UUID aggregateId() {
        return checkInId;
    }
}
