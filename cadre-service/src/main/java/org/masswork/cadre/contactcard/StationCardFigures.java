package org.masswork.cadre.contactcard;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StationCardFigures", description = "Contact cards of one station")
public record StationCardFigures(
        UUID stationId,
        @Schema(maxLength = 100) String stationName,
        UUID townshipId,
        @Schema(minimum = "0", maximum = "1000000000") long households,
        @Schema(minimum = "0", maximum = "1000000000", description = "Households holding a card") long householdsCovered,
        @Schema(minimum = "0", maximum = "1000000000", description = "Cards issued, re-issues included") long cardsIssued) {
}
