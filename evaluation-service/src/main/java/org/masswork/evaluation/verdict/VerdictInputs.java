package org.masswork.evaluation.verdict;

import java.util.UUID;

/** Everything the formula uses about one cadre in a round, gathered by one set-based query. */
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
        int stationDaysAttended,
        int stationDaysDue,
        int casesClosed,
        int casesClosedOnTime) {
}
