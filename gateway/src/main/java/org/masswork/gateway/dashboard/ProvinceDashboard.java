package org.masswork.gateway.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The province's figures for a period, per county and for the province, one section per service's figures. */
@Schema(name = "ProvinceDashboard")
public record ProvinceDashboard(
        @Schema(description = "First day of the period", maxLength = 10) LocalDate from,
        @Schema(description = "Last day of the period, included", maxLength = 10) LocalDate to,
        @Schema(description = "All the counties together, from the services' PROVINCE rows") Area province,
        @Schema(maxItems = 2000, description = "One entry per county: those cadre-service lists, in its order, then any other a service "
                + "has figures of (without code and name)") List<County> counties) {

    /** The sections of the province or of one county. */
    @Schema(name = "ProvinceDashboardArea")
    public record Area(CaseSection cases, HouseholdSection householdWork, StationAttendanceSection stationAttendance,
                       RiskSection riskReview, EvaluationResultsSection evaluationResults) {

        boolean allForbidden() {
            return cases.status() == SectionStatus.FORBIDDEN && householdWork.status() == SectionStatus.FORBIDDEN
                    && stationAttendance.status() == SectionStatus.FORBIDDEN && riskReview.status() == SectionStatus.FORBIDDEN
                    && evaluationResults.status() == SectionStatus.FORBIDDEN;
        }
    }

    /** One county's figures; a county without a row in a service's figures had none of them (zeros). */
    @Schema(name = "ProvinceDashboardCounty")
    public record County(
            @Schema(maxLength = 36, format = "uuid") UUID countyId,
            @Schema(maxLength = 32, description = "The county's code (cadre-service); absent if cadre-service did not list it") String code,
            @Schema(maxLength = 100, description = "The county's name (cadre-service); absent if cadre-service did not list it") String name,
            CaseSection cases,
            HouseholdSection householdWork,
            StationAttendanceSection stationAttendance,
            RiskSection riskReview,
            EvaluationResultsSection evaluationResults) {
    }
}
