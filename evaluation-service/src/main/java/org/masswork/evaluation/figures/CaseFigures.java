package org.masswork.evaluation.figures;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A station's cases in a period: opened, closed (on time, at the station itself), escalated, rated. */
@Schema(name = "CaseFigures")
public record CaseFigures(
        @Schema(minimum = "0", maximum = "1000000") int opened,
        @Schema(minimum = "0", maximum = "1000000") int closed,
        @Schema(minimum = "0", maximum = "1000000") int closedOnTime,
        @Schema(minimum = "0", maximum = "1000000") int closedAtStation,
        @Schema(minimum = "0", maximum = "1000000") int escalated,
        @Schema(minimum = "0", maximum = "1000000") int rated,
        @Schema(description = "Satisfied or basically satisfied among the ratings; null without ratings",
                minimum = "0", maximum = "1") Double satisfactionRate) {
}
