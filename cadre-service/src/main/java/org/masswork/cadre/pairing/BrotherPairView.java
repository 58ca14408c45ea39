package org.masswork.cadre.pairing;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BrotherPair")
public record BrotherPairView(
        UUID id,
        UUID cadreId,
        @Schema(maxLength = 50, description = "Masked outside the village's township and county roles") String villageMemberName,
        boolean nameMasked,
        UUID villageId,
        UUID townshipId,
        LocalDate pairedOn) {
}
