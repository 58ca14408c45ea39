package org.masswork.evaluation.verdict;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A cadre's verdict with the inputs it came from, so the organisation department can see why. */
@Schema(name = "Verdict")
public record VerdictView(
        UUID roundId,
        UUID cadreId,
        UUID stationId,
        UUID townshipId,
        @Schema(maxLength = 7) String period,
        Grade grade,
        @Schema(maxLength = 10) String gradeLabel,
        Consequence consequence,
        @Schema(maxLength = 20) String consequenceLabel,
        @Schema(minimum = "0", maximum = "100") BigDecimal totalScore,
        Inputs inputs,
        OffsetDateTime concludedAt) {

    @Schema(name = "VerdictInputs")
    public record Inputs(@Schema(minimum = "0", maximum = "1000000") int validBallots,
                         @Schema(minimum = "0", maximum = "1000000") int satisfied,
                         @Schema(minimum = "0", maximum = "1000000") int basicallySatisfied,
                         @Schema(minimum = "0", maximum = "1000000") int unsatisfied,
                         @Schema(minimum = "1", maximum = "5", description = "Average of the ballots' four 1-5 scores") BigDecimal averageScores,
                         @Schema(minimum = "0", maximum = "100") BigDecimal peopleScore,
                         @Schema(minimum = "0", maximum = "100") BigDecimal supervisionScore,
                         @Schema(minimum = "0", maximum = "100") BigDecimal objectiveScore) {
    }

    static VerdictView of(Verdict v) {
        return new VerdictView(v.roundId, v.cadreId, v.stationId, v.townshipId, v.period, v.grade, v.grade.label(),
                v.consequence, v.consequence.label(), v.totalScore,
                new Inputs(v.ballotsValid, v.satisfied, v.basicallySatisfied, v.unsatisfied, v.averageScores, v.peopleScore,
                        v.supervisionScore, v.objectiveScore), v.concludedAt);
    }
}
