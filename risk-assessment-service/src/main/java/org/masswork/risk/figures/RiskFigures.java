package org.masswork.risk.figures;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One township's review figures in a period; a matter affecting several townships counts in each. The meetings are
 * named as the gateway's county dashboard names them (hearingsHeld, consultationsHeld).
 */
@Schema(name = "RiskFigures")
public record RiskFigures(
        UUID townshipId,
        @Schema(maxLength = 100) String townshipName,
        @Schema(minimum = "0", maximum = "1000000000", description = "Hearings (听证会) held") long hearingsHeld,
        @Schema(minimum = "0", maximum = "1000000000", description = "Consultation meetings (恳谈会) held") long consultationsHeld,
        @Schema(minimum = "0", maximum = "1000000000", description = "Matters that reached a collective decision") long assessed,
        @Schema(minimum = "0", maximum = "1000000000") long vetoed,
        @Schema(minimum = "0", maximum = "1000000000") long postponed,
        @Schema(minimum = "0", maximum = "1000000000") long approved) {
}
