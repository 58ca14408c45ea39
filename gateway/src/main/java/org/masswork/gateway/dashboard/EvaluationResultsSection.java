package org.masswork.gateway.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.masswork.platform.language.Language;

/**
 * evaluation-service's evaluation results (GET /api/v1/verdict-figures): the verdicts of the closed rounds of every half
 * year the period touches, named as the service names them. Null when not available. The bounds are five half years
 * (the most a period of 731 days touches) of the service's own bounds.
 */
@Schema(name = "DashboardEvaluationResults")
public record EvaluationResultsSection(
        SectionStatus status,
        @Schema(maxLength = 10) String statusLabel,
        @Schema(maxLength = 300, description = "Why the figures are missing; absent when available") String detail,
        @Schema(minimum = "0", maximum = "1000000", description = "Closed rounds with verdicts") Long rounds,
        @Schema(minimum = "0", maximum = "10000000", description = "Cadres evaluated (a verdict each)") Long cadres,
        @Schema(minimum = "0", maximum = "10000000", description = "优秀") Long excellent,
        @Schema(minimum = "0", maximum = "10000000", description = "称职") Long competent,
        @Schema(minimum = "0", maximum = "10000000", description = "基本称职") Long basicallyCompetent,
        @Schema(minimum = "0", maximum = "10000000", description = "不称职") Long incompetent,
        @Schema(minimum = "0", maximum = "10000000", description = "不确定等次: too few ballots or too short a service") Long notGraded,
        @Schema(minimum = "0", maximum = "10000000", description = "推荐提拔重用") Long recommendedForPromotion,
        @Schema(minimum = "0", maximum = "10000000", description = "诫勉谈话") Long admonishmentTalks,
        @Schema(minimum = "0", maximum = "10000000", description = "取消或推迟任用") Long appointmentsCancelledOrPostponed) {

    /** Verdict-figures rows (the half years, one county's or the province's row each) added up; the counts are under {@code grades}. */
    static EvaluationResultsSection of(List<JsonNode> rows, String available) {
        List<JsonNode> grades = rows.stream().map(row -> row.path("grades")).toList();
        return new EvaluationResultsSection(SectionStatus.AVAILABLE, available, null, DashboardService.sum(rows, "rounds"),
                DashboardService.sum(grades, "cadres"), DashboardService.sum(grades, "excellent"),
                DashboardService.sum(grades, "competent"), DashboardService.sum(grades, "basicallyCompetent"),
                DashboardService.sum(grades, "incompetent"), DashboardService.sum(grades, "notGraded"),
                DashboardService.sum(grades, "recommendedForPromotion"), DashboardService.sum(grades, "admonishmentTalks"),
                DashboardService.sum(grades, "appointmentsCancelledOrPostponed"));
    }

    static EvaluationResultsSection missing(SectionFailure failure, Language language) {
        return new EvaluationResultsSection(failure.status(), failure.status().label(language), failure.detail().in(language),
                null, null, null, null, null, null, null, null, null, null);
    }
}
