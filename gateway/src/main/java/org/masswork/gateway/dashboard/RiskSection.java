package org.masswork.gateway.dashboard;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.masswork.gateway.language.Language;

/**
 * risk-assessment-service's review figures in the period (GET /api/v1/risk-figures): meetings by the day
 * held, decisions by the day taken. Null when not available.
 */
@Schema(name = "DashboardRiskReview")
public record RiskSection(
        SectionStatus status,
        @Schema(maxLength = 10) String statusLabel,
        @Schema(maxLength = 300, description = "Why the figures are missing; absent when available") String detail,
        @Schema(minimum = "0", maximum = "1000000000", description = "听证会 held") Long hearingsHeld,
        @Schema(minimum = "0", maximum = "1000000000", description = "恳谈会 held") Long consultationsHeld,
        @Schema(minimum = "0", maximum = "1000000000", description = "Proposals vetoed at decision") Long proposalsVetoed,
        @Schema(minimum = "0", maximum = "1000000000", description = "Proposals postponed at decision") Long proposalsPostponed) {

    static RiskSection missing(SectionFailure failure, Language language) {
        return new RiskSection(failure.status(), failure.status().label(language), failure.detail().in(language), null, null, null, null);
    }
}
