package org.masswork.cadre.pairing;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PairingFigures", description = "Sister and brother pairs of the province (keys null), one county or one township")
public record PairingFigures(
        @Schema(description = "The county; null in the PROVINCE row of every county") UUID countyId,
        @Schema(description = "The township; null in the PROVINCE and COUNTY rows") UUID townshipId,
        @Schema(maxLength = 100, description = "The township's name; null in the PROVINCE and COUNTY rows") String townshipName,
        @Schema(minimum = "0", maximum = "1000000") long sisterPairs,
        @Schema(minimum = "0", maximum = "1000000") long brotherPairs) {
}
