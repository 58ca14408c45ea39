package org.masswork.evaluation.figures;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Station days and household visits in a period. For a cadre, station days are the days attended of
 * the station days (25th–27th) due; for a station, the cadre-days attended.
 */
@Schema(name = "WorkFigures")
public record WorkFigures(
        @Schema(minimum = "0", maximum = "100000") int stationDaysAttended,
        @Schema(minimum = "0", maximum = "100000") int stationDaysDue,
        @Schema(minimum = "0", maximum = "1000000") int visits,
        @Schema(minimum = "0", maximum = "1000000") int confirmedVisits,
        @Schema(minimum = "0", maximum = "1000000") int householdsCovered) {
}
