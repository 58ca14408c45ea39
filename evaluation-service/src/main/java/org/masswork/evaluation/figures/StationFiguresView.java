package org.masswork.evaluation.figures;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A station team's objective figures for a month. */
@Schema(name = "StationFigures")
public record StationFiguresView(
        UUID stationId,
        UUID townshipId,
        @Schema(pattern = "^\\d{4}-\\d{2}$", maxLength = 7) String month,
        WorkFigures work,
        CaseFigures cases) {
}
