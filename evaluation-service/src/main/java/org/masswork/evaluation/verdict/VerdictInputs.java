package org.masswork.evaluation.verdict;

import java.util.Map;
import java.util.UUID;
import org.masswork.evaluation.facts.FiveRole;

/**
 * Everything the formula uses about one cadre in a round, gathered by one set-based query. The objective inputs
 * count only the days the cadre served in the half year, up to the close: {@code serviceDays} of them, the station
 * days due among them, those attended, the cases of the stations they served closed on those days, the
 * supervision reviews of those stations for the months they served there, the visits per role (五员).
 */
public record VerdictInputs(
        UUID cadreId,
        UUID stationId,
        UUID townshipId,
        int validBallots,
        int satisfied,
        int basicallySatisfied,
        int unsatisfied,
        Double averageScores,
        Double supervisionScore,
        int supervisionReviews,
        int serviceDays,
        int stationDaysDue,
        int stationDaysAttended,
        int casesClosed,
        int casesClosedOnTime,
        int visits,
        Map<FiveRole, Integer> visitsByRole) {
}
