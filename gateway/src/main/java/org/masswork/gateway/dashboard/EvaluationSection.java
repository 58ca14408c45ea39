package org.masswork.gateway.dashboard;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.masswork.platform.language.Language;

/**
 * evaluation-service's verdicts of the closed people's evaluation rounds of the half years the period touches
 * (GET /api/v1/rounds, then each round's /verdicts/report). Null when not available.
 */
@Schema(name = "DashboardEvaluation")
public record EvaluationSection(
        SectionStatus status,
        @Schema(maxLength = 10) String statusLabel,
        @Schema(maxLength = 300, description = "Why the figures are missing; absent when available") String detail,
        @Schema(minimum = "0", maximum = "10000", description = "Closed rounds counted") Long rounds,
        @Schema(minimum = "0", maximum = "10000000", description = "Cadres evaluated in them") Long cadresEvaluated,
        @Schema(minimum = "0", maximum = "10000000", description = "推荐提拔重用") Long cadresRecommendedForPromotion,
        @Schema(minimum = "0", maximum = "10000000", description = "诫勉谈话") Long admonishmentTalks,
        @Schema(minimum = "0", maximum = "10000000", description = "取消或推迟任用") Long appointmentsCancelledOrPostponed) {

    static EvaluationSection missing(SectionFailure failure, Language language) {
        return new EvaluationSection(failure.status(), failure.status().label(language), failure.detail().in(language), null, null, null, null, null);
    }
}
