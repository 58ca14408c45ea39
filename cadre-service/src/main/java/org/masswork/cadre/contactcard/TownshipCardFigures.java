package org.masswork.cadre.contactcard;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TownshipCardFigures", description = "Contact cards of one township's stations")
public record TownshipCardFigures(
        UUID townshipId,
        @Schema(maxLength = 100) String townshipName,
        @Schema(minimum = "0", maximum = "1000000") long stations,
        @Schema(minimum = "0", maximum = "1000000000") long households,
        @Schema(minimum = "0", maximum = "1000000000", description = "Households holding a card") long householdsCovered,
        @Schema(minimum = "0", maximum = "1000000000", description = "Cards issued, re-issues included") long cardsIssued) {
}
