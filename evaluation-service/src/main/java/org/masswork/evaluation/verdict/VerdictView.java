package org.masswork.evaluation.verdict;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.masswork.evaluation.facts.FiveRole;
import org.masswork.evaluation.figures.RoleWork;

/** A cadre's verdict with the inputs it came from, so the organisation department can see why. */
@Schema(name = "Verdict")
public record VerdictView(
        UUID roundId,
        @Schema(description = "The county whose round gave the verdict") UUID countyId,
        UUID cadreId,
        UUID stationId,
        UUID townshipId,
        @Schema(maxLength = 7) String period,
        Grade grade,
        @Schema(maxLength = 10) String gradeLabel,
        Consequence consequence,
        @Schema(maxLength = 20) String consequenceLabel,
        @Schema(minimum = "0", maximum = "100", description = "Null when not graded") BigDecimal totalScore,
        @Schema(maxItems = 2, description = "Why the cadre was not graded; empty when graded") List<Reason> notGradedReasons,
        Inputs inputs,
        OffsetDateTime concludedAt) {

    @Schema(name = "NotGradedReason")
    public record Reason(NotGradedReason code, @Schema(maxLength = 20) String label) {
    }

    /**
     * The formula's inputs. The ballots' breakdown is null below the minimum of valid ballots; the objective ones are
     * counted over the days served in the half year up to the close, and are null for verdicts concluded before
     * they were kept.
     */
    @Schema(name = "VerdictInputs")
    public record Inputs(@Schema(minimum = "0", maximum = "1000000") int validBallots,
                         @Schema(minimum = "0", maximum = "1000000") Integer satisfied,
                         @Schema(minimum = "0", maximum = "1000000") Integer basicallySatisfied,
                         @Schema(minimum = "0", maximum = "1000000") Integer unsatisfied,
                         @Schema(minimum = "1", maximum = "5", description = "Average of the ballots' four 1-5 scores") BigDecimal averageScores,
                         @Schema(minimum = "0", maximum = "100") BigDecimal peopleScore,
                         @Schema(minimum = "0", maximum = "100") BigDecimal supervisionScore,
                         @Schema(minimum = "0", maximum = "1000", description = "Reviews of the stations served, for the months served")
                         Integer supervisionReviews,
                         @Schema(minimum = "0", maximum = "100") BigDecimal objectiveScore,
                         @Schema(minimum = "0", maximum = "366", description = "Days served in the half year, up to the close") Integer serviceDays,
                         @Schema(minimum = "0", maximum = "18", description = "Station days (25th-27th) among the days served") Integer stationDaysDue,
                         @Schema(minimum = "0", maximum = "18") Integer stationDaysAttended,
                         @Schema(minimum = "0", maximum = "1000000") Integer casesClosed,
                         @Schema(minimum = "0", maximum = "1000000") Integer casesClosedOnTime,
                         @Schema(minimum = "0", maximum = "1000000") Integer visits,
                         @Schema(maxItems = 5, description = "Visits per role (五员)") List<RoleWork> visitsByRole) {
    }

    static VerdictView of(Verdict v) {
        Map<FiveRole, Integer> byRole = v.visitsByRole();
        return new VerdictView(v.roundId, v.countyId, v.cadreId, v.stationId, v.townshipId, v.period, v.grade, v.grade.displayLabel(),
                v.consequence, v.consequence.displayLabel(), v.totalScore,
                NotGradedReason.parse(v.notGradedReasons).stream().map(r -> new Reason(r, r.displayLabel())).toList(),
                new Inputs(v.ballotsValid, v.satisfied, v.basicallySatisfied, v.unsatisfied, v.averageScores, v.peopleScore,
                        v.supervisionScore, v.supervisionReviews, v.objectiveScore, v.serviceDays, v.stationDaysDue,
                        v.stationDaysAttended, v.casesClosed, v.casesClosedOnTime, v.visits,
                        byRole == null ? null : RoleWork.of(byRole)),
                v.concludedAt);
    }
}
