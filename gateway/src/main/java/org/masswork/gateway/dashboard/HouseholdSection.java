package org.masswork.gateway.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.masswork.platform.language.Language;

/**
 * The work with households: cards and households from cadre-service's card figures, visits from cadre-service's visits
 * list (county dashboard) or evaluation-service's work figures (province dashboard), named as the services name them.
 * Null when not available.
 */
@Schema(name = "DashboardHouseholdWork")
public record HouseholdSection(
        SectionStatus status,
        @Schema(maxLength = 10) String statusLabel,
        @Schema(maxLength = 300, description = "Why the figures are missing; absent when available") String detail,
        @Schema(minimum = "0", maximum = "1000000000",
                description = "Contact cards issued, re-issues included: all so far, not only in the period (GET /api/v1/card-figures)")
        Long cardsIssued,
        @Schema(minimum = "0", maximum = "1000000000", description = "Households holding a current card, now") Long householdsCovered,
        @Schema(minimum = "0", maximum = "1000000000", description = "Households registered, now") Long households,
        @Schema(minimum = "0", maximum = "1000000000", description = "Household visits made in the period (GET /api/v1/visits; the province dashboard: GET /api/v1/work-figures)") Long visitsMade,
        @Schema(minimum = "0", maximum = "1000000000", description = "Of those, confirmed by the household") Long visitsConfirmed) {

    /** Card-figures rows (one county's or the province's) and work-figures rows (the spans of the period) added up. */
    static HouseholdSection of(List<JsonNode> cards, List<JsonNode> work, String available) {
        return new HouseholdSection(SectionStatus.AVAILABLE, available, null, DashboardService.sum(cards, "cardsIssued"),
                DashboardService.sum(cards, "householdsCovered"), DashboardService.sum(cards, "households"),
                DashboardService.sum(work, "visitsMade"), DashboardService.sum(work, "visitsConfirmed"));
    }

    static HouseholdSection missing(SectionFailure failure, Language language) {
        return new HouseholdSection(failure.status(), failure.status().label(language), failure.detail().in(language), null, null, null, null, null);
    }
}
