package org.masswork.gateway.dashboard;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the county reports (domain.md), for a period and the county or one township, one section per service. */
@Schema(name = "CountyDashboard")
public record CountyDashboard(
        @Schema(description = "First day of the period", maxLength = 10) LocalDate from,
        @Schema(description = "Last day of the period, included", maxLength = 10) LocalDate to,
        @Schema(description = "The township reported on; absent for the whole county", maxLength = 36) UUID townshipId,
        CaseSection cases,
        HouseholdSection householdWork,
        RiskSection riskReview,
        EvaluationSection evaluation) {

    boolean allForbidden() {
        return cases.status() == SectionStatus.FORBIDDEN && householdWork.status() == SectionStatus.FORBIDDEN
                && riskReview.status() == SectionStatus.FORBIDDEN && evaluation.status() == SectionStatus.FORBIDDEN;
    }
}
