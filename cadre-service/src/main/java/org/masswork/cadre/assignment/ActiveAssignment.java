package org.masswork.cadre.assignment;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What a hot write needs of a cadre's active assignment (a cadre holds at most one), read in the same query as the
 * rest of what the write needs instead of as a whole entity of its own.
 */
public record ActiveAssignment(UUID cadreId, UUID countyId, UUID stationId, UUID townshipId, LocalDate startsOn) {

    /** Whether it makes the cadre serve the station on {@code day} (a day of its county). */
    public boolean serves(UUID station, LocalDate day) {
        return stationId.equals(station) && !startsOn.isAfter(day);
    }
}
