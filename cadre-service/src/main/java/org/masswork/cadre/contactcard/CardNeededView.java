package org.masswork.cadre.contactcard;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CardNeeded", description = "A household whose card is missing or does not show the station's current team")
public record CardNeededView(
        UUID householdId,
        UUID villageId,
        @Schema(maxLength = 50, description = "Masked unless the caller works with this village's households") String headName,
        @Schema(maxLength = 200, description = "Masked unless the caller works with this village's households") String address,
        boolean masked,
        CardNeed reason,
        @Schema(maxLength = 20) String reasonLabel,
        @Schema(description = "The household's current card, if it has one") UUID currentCardId,
        OffsetDateTime currentCardIssuedAt) {
}
