package org.masswork.cadre.checkin;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One stationed cadre's month: station days attended (credited) of those that were due, late station days waiting for
 * the leader's confirmation, and extra visits (credited, and late ones waiting).
 */
@Schema(name = "CadreAttendance")
public record CadreAttendance(
        UUID cadreId,
        UUID stationId,
        UUID townshipId,
        @Schema(minimum = "0", maximum = "3") int stationDaysDue,
        @Schema(minimum = "0", maximum = "3", description = "Station days checked in on time or confirmed late") int stationDaysAttended,
        @Schema(minimum = "0", maximum = "3", description = "Station days checked in late, not counted until the station's leader confirms them")
        int stationDaysPending,
        @Schema(minimum = "0", maximum = "31", description = "Other days at the station, on time or confirmed late") int extraVisits,
        @Schema(minimum = "0", maximum = "31", description = "Other days checked in late, not yet confirmed") int extraVisitsPending) {

    public boolean missedStationDays() {
        return stationDaysAttended < stationDaysDue;
    }
}
