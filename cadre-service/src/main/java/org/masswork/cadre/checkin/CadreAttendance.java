package org.masswork.cadre.checkin;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One stationed cadre's month: station days attended of those that were due, and extra visits. */
@Schema(name = "CadreAttendance")
public record CadreAttendance(
        UUID cadreId,
        UUID stationId,
        UUID townshipId,
        @Schema(minimum = "0", maximum = "3") int stationDaysDue,
        @Schema(minimum = "0", maximum = "3") int stationDaysAttended,
        @Schema(minimum = "0", maximum = "31") int extraVisits) {

    public boolean missedStationDays() {
        return stationDaysAttended < stationDaysDue;
    }
}
