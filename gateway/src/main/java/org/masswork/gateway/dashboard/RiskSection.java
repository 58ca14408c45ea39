package org.masswork.gateway.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.masswork.platform.language.Language;

/**
 * risk-assessment-service's review figures in the period (GET /api/v1/risk-figures, its COUNTY row: a matter
 * affecting several townships counts once), named as the service names them: meetings by the day held, decisions
 * by the day taken. Null when not available.
 */
@Schema(name = "DashboardRiskReview")
public record RiskSection(
        SectionStatus status,
        @Schema(maxLength = 10) String statusLabel,
        @Schema(maxLength = 300, description = "Why the figures are missing; absent when available") String detail,
        @Schema(minimum = "0", maximum = "1000000000", description = "听证会 held") Long hearingsHeld,
        @Schema(minimum = "0", maximum = "1000000000", description = "恳谈会 held") Long consultationsHeld,
        @Schema(minimum = "0", maximum = "1000000000", description = "Matters that reached a collective decision") Long mattersAssessed,
        @Schema(minimum = "0", maximum = "1000000000", description = "Matters vetoed at the decision") Long mattersVetoed,
        @Schema(minimum = "0", maximum = "1000000000", description = "Matters postponed at the decision") Long mattersPostponed,
        @Schema(minimum = "0", maximum = "1000000000", description = "Matters approved at the decision") Long mattersApproved) {

    /** The figures of risk-figures rows added up (the spans of a period, one county's or the province's row each). */
    static RiskSection of(List<JsonNode> rows, String available) {
        return new RiskSection(SectionStatus.AVAILABLE, available, null, DashboardService.sum(rows, "hearingsHeld"),
                DashboardService.sum(rows, "consultationsHeld"), DashboardService.sum(rows, "mattersAssessed"),
                DashboardService.sum(rows, "mattersVetoed"), DashboardService.sum(rows, "mattersPostponed"),
                DashboardService.sum(rows, "mattersApproved"));
    }

    static RiskSection missing(SectionFailure failure, Language language) {
        return new RiskSection(failure.status(), failure.status().label(language), failure.detail().in(language), null, null, null, null, null, null);
    }
}
