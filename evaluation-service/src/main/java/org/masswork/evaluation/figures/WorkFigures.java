package org.masswork.evaluation.figures;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Station days and household visits in a period. Station days (25th–27th) are due from a cadre on the days they
 * served (their assignment's start to its end) that have come, today included, as cadre-service counts them;
 * for a station, the due and attended days of its cadres are summed. Visits are also counted per role (五员).
 */
@Schema(name = "WorkFigures")
public record WorkFigures(
        @Schema(minimum = "0", maximum = "100000") int stationDaysAttended,
        @Schema(minimum = "0", maximum = "100000") int stationDaysDue,
        @Schema(minimum = "0", maximum = "1000000") int visits,
        @Schema(minimum = "0", maximum = "1000000") int confirmedVisits,
        @Schema(minimum = "0", maximum = "1000000") int householdsCovered,
        @Schema(description = "The five roles (五员), each with its visits", maxItems = 5) List<RoleWork> byRole) {
}
