package org.masswork.cadre.pairing;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BrotherPair")
public record BrotherPairView(
        UUID id,
        UUID cadreId,
        @Schema(maxLength = 50, description = "Masked (王**) unless the caller works with the village's people: its station's"
                + " team, its township's officers, county administrators and inspectors") String villageMemberName,
        boolean nameMasked,
        UUID villageId,
        UUID townshipId,
        LocalDate pairedOn) {
}
