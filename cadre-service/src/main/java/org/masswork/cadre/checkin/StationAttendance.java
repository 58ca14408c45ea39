package org.masswork.cadre.checkin;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A station's month: the station days its team owed and attended, summed over its cadres. */
@Schema(name = "StationAttendance")
public record StationAttendance(
        UUID stationId,
        UUID townshipId,
        @Schema(minimum = "0", maximum = "3") int cadres,
        @Schema(minimum = "0", maximum = "100") int stationDaysDue,
        @Schema(minimum = "0", maximum = "100") int stationDaysAttended,
        @Schema(minimum = "0", maximum = "1") double rate) {
}
