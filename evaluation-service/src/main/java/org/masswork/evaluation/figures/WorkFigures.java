package org.masswork.evaluation.figures;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One group's work in a period. Station days (25th–27th) are due from a cadre on the days they served (their
 * assignment's start to its end) that have come, today included, as cadre-service counts them: once per cadre and
 * day in a cadre's or the county's row, once per cadre, day and station in a station's row; a group's due days are
 * its cadres' summed, and a due day is attended with a check-in of the cadre that day within the group. Visits are
 * also counted per role (五员). The cases, flat in the row, are those of the group's stations; in a cadre's row (or
 * narrowed to a cadre) those of the stations the cadre served in the period.
 */
@Schema(name = "WorkFigures")
public record WorkFigures(
        @Schema(description = "The county of the row; null in the PROVINCE row") UUID countyId,
        @Schema(description = "Null in PROVINCE and COUNTY rows; in a CADRE row the township when the cadre served in one only") UUID townshipId,
        @Schema(description = "Null in PROVINCE, COUNTY and TOWNSHIP rows; in a CADRE row the station when the cadre served at one only") UUID stationId,
        @Schema(description = "Set in CADRE rows only") UUID cadreId,
        @Schema(maxItems = 50, description = "CADRE rows: the stations the cadre served on some day of the period; null in other rows")
        List<UUID> stationIds,
        @Schema(minimum = "0", maximum = "10000000") int stationDaysDue,
        @Schema(minimum = "0", maximum = "10000000") int stationDaysAttended,
        @Schema(minimum = "0", maximum = "10000000") int visitsMade,
        @Schema(minimum = "0", maximum = "10000000") int visitsConfirmed,
        @Schema(minimum = "0", maximum = "10000000", description = "Distinct households visited in the group") int householdsVisited,
        @Schema(maxItems = 5, description = "The five roles (五员), each with its visits") List<RoleWork> byRole,
        @Schema(minimum = "0", maximum = "10000000") int casesReceived,
        @Schema(minimum = "0", maximum = "10000000", description = "Closed in the period and not reopened since") int casesClosed,
        @Schema(minimum = "0", maximum = "10000000") int closedOnTime,
        @Schema(minimum = "0", maximum = "10000000") int closedAtStation,
        @Schema(minimum = "0", maximum = "10000000") int casesEscalated,
        @Schema(minimum = "0", maximum = "10000000") int casesRated,
        @Schema(description = "Satisfied or basically satisfied among the ratings; null without ratings",
                minimum = "0", maximum = "1") Double satisfactionRate) {
}
