package org.masswork.cadre.pairing;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PairingFigures", description = "Sister and brother pairs of the county (keys null) or of one township")
public record PairingFigures(
        @Schema(description = "The township; null in the COUNTY row") UUID townshipId,
        @Schema(maxLength = 100, description = "The township's name; null in the COUNTY row") String townshipName,
        @Schema(minimum = "0", maximum = "1000000") long sisterPairs,
        @Schema(minimum = "0", maximum = "1000000") long brotherPairs) {
}
