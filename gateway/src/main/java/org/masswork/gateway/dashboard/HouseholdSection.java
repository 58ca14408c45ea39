package org.masswork.gateway.dashboard;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.masswork.platform.language.Language;

/** cadre-service's figures of the work with households, named as cadre-service names them. Null when not available. */
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
        @Schema(minimum = "0", maximum = "1000000000", description = "Household visits made in the period (GET /api/v1/visits)") Long visitsMade,
        @Schema(minimum = "0", maximum = "1000000000", description = "Of those, confirmed by the household") Long visitsConfirmed) {

    static HouseholdSection missing(SectionFailure failure, Language language) {
        return new HouseholdSection(failure.status(), failure.status().label(language), failure.detail().in(language), null, null, null, null, null);
    }
}
