package org.masswork.cadre.checkin;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A station's month: the station days its team owed and attended (credited), and those late and waiting, summed over its cadres. */
@Schema(name = "StationAttendance")
public record StationAttendance(
        UUID stationId,
        UUID townshipId,
        @Schema(minimum = "0", maximum = "3") int cadres,
        @Schema(minimum = "0", maximum = "100") int stationDaysDue,
        @Schema(minimum = "0", maximum = "100", description = "Credited: on time or confirmed late") int stationDaysAttended,
        @Schema(minimum = "0", maximum = "100", description = "Late, waiting for the station's leader") int stationDaysPending,
        @Schema(minimum = "0", maximum = "1", description = "stationDaysAttended / stationDaysDue, 1 with none due") double rate) {
}
