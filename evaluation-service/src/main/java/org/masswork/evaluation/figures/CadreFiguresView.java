package org.masswork.evaluation.figures;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A cadre's objective figures for a month, with the cases of the station(s) they served that month. */
@Schema(name = "CadreFigures")
public record CadreFiguresView(
        UUID cadreId,
        @Schema(pattern = "^\\d{4}-\\d{2}$", maxLength = 7) String month,
        @Schema(maxItems = 10) List<UUID> stationIds,
        WorkFigures work,
        CaseFigures cases) {
}
