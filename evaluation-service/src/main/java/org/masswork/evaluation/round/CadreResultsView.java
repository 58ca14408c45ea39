package org.masswork.evaluation.round;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A cadre's ballots. While the round is open only its organisers see this, and only the count; once it is closed,
 * the figures too, from the configured number of valid ballots on.
 */
@Schema(name = "CadreBallotResults")
public record CadreResultsView(
        UUID roundId,
        UUID cadreId,
        RoundStatus roundStatus,
        @Schema(minimum = "0", maximum = "10000") long validBallots,
        @Schema(minimum = "1", maximum = "1000") int shownFrom,
        @Schema(description = "Whether the figures are shown: the round is closed and has enough valid ballots about the cadre")
        boolean shown,
        @Schema(minimum = "0", maximum = "10000") Long satisfied,
        @Schema(minimum = "0", maximum = "10000") Long basicallySatisfied,
        @Schema(minimum = "0", maximum = "10000") Long unsatisfied,
        @Schema(minimum = "1", maximum = "5") Double attitude,
        @Schema(minimum = "1", maximum = "5") Double effectiveness,
        @Schema(minimum = "1", maximum = "5") Double integrity,
        @Schema(minimum = "1", maximum = "5") Double diligence) {
}
