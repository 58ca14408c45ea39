package org.masswork.cadre.contactcard;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CardFigures", description = "Contact cards of the province (keys null), one county, one township or one station")
public record CardFigures(
        @Schema(description = "The county; null in the PROVINCE row of every county") UUID countyId,
        @Schema(description = "The township; null in the PROVINCE and COUNTY rows") UUID townshipId,
        @Schema(maxLength = 100, description = "The township's name; null in the PROVINCE and COUNTY rows") String townshipName,
        @Schema(description = "The station; null unless grouped by STATION") UUID stationId,
        @Schema(maxLength = 100, description = "The station's name; null unless grouped by STATION") String stationName,
        @Schema(minimum = "0", maximum = "1000000", description = "Stations counted (1 in a STATION row)") long stations,
        @Schema(minimum = "0", maximum = "1000000000", description = "Households registered") long households,
        @Schema(minimum = "0", maximum = "1000000000", description = "Households holding a current card") long householdsCovered,
        @Schema(minimum = "0", maximum = "1000000000", description = "Cards issued, re-issues included") long cardsIssued) {
}
