package org.masswork.evaluation.verdict;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Grades and consequences of a township (or, with no township, the whole round). */
@Schema(name = "GradeCounts")
public record GradeCounts(UUID townshipId,
                          @Schema(minimum = "0", maximum = "1000000") long cadres,
                          @Schema(minimum = "0", maximum = "1000000") long excellent,
                          @Schema(minimum = "0", maximum = "1000000") long competent,
                          @Schema(minimum = "0", maximum = "1000000") long basicallyCompetent,
                          @Schema(minimum = "0", maximum = "1000000") long incompetent,
                          @Schema(minimum = "0", maximum = "1000000", description = "Not graded: too few ballots or too short a service")
                          long notGraded,
                          @Schema(minimum = "0", maximum = "1000000") long recommendedForPromotion,
                          @Schema(minimum = "0", maximum = "1000000") long admonishmentTalks,
                          @Schema(minimum = "0", maximum = "1000000") long appointmentsCancelledOrPostponed) {

    static GradeCounts of(Object[] row) {
        return new GradeCounts((UUID) row[0], n(row[1]), n(row[2]), n(row[3]), n(row[4]), n(row[5]), n(row[6]), n(row[7]), n(row[8]),
                n(row[9]));
    }

    /** The sum over townships: the whole round, or the county. */
    static GradeCounts total(List<GradeCounts> townships) {
        return townships.stream().reduce(new GradeCounts(null, 0, 0, 0, 0, 0, 0, 0, 0, 0), GradeCounts::plus);
    }

    private GradeCounts plus(GradeCounts o) {
        return new GradeCounts(null, cadres + o.cadres, excellent + o.excellent, competent + o.competent,
                basicallyCompetent + o.basicallyCompetent, incompetent + o.incompetent, notGraded + o.notGraded,
                recommendedForPromotion + o.recommendedForPromotion, admonishmentTalks + o.admonishmentTalks,
                appointmentsCancelledOrPostponed + o.appointmentsCancelledOrPostponed);
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }
}
