package org.masswork.evaluation.round;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A paper ballot returned unreadable: its code is spent and it counts as invalid. */
public record SpoiledBallotRequest(
        @NotNull UUID cadreId,
        @NotNull @Size(max = 12) @Pattern(regexp = BallotCodes.PATTERN, message = "{masswork.ballot-code}")
        @Schema(pattern = BallotCodes.PATTERN, maxLength = 12) String code) {
}
