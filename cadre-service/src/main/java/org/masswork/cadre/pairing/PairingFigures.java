package org.masswork.cadre.pairing;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PairingFigures")
public record PairingFigures(
        @Schema(minimum = "0", maximum = "1000000") long sisterPairs,
        @Schema(minimum = "0", maximum = "1000000") long brotherPairs) {
}
