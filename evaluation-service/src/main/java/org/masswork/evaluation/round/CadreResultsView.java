package org.masswork.evaluation.round;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The ballots about a cadre so far; the figures are null until at least the configured number exist. */
@Schema(name = "CadreBallotResults")
public record CadreResultsView(
        UUID roundId,
        UUID cadreId,
        @Schema(minimum = "0", maximum = "10000") long validBallots,
        @Schema(minimum = "1", maximum = "1000") int shownFrom,
        boolean shown,
        @Schema(minimum = "0", maximum = "10000") Long satisfied,
        @Schema(minimum = "0", maximum = "10000") Long basicallySatisfied,
        @Schema(minimum = "0", maximum = "10000") Long unsatisfied,
        @Schema(minimum = "1", maximum = "5") Double attitude,
        @Schema(minimum = "1", maximum = "5") Double effectiveness,
        @Schema(minimum = "1", maximum = "5") Double integrity,
        @Schema(minimum = "1", maximum = "5") Double diligence) {
}
