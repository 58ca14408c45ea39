package org.masswork.evaluation.round;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A representative's ballot about one cadre; the printed code is the only credential. */
public record CastBallotRequest(
        @NotNull UUID cadreId,
        @NotNull @Size(max = 12) @Pattern(regexp = BallotCodes.PATTERN, message = "{masswork.ballot-code}")
        @Schema(pattern = BallotCodes.PATTERN, maxLength = 12) String code,
        @NotNull Satisfaction rating,
        @NotNull @Min(1) @Max(5) Integer attitude,
        @NotNull @Min(1) @Max(5) Integer effectiveness,
        @NotNull @Min(1) @Max(5) Integer integrity,
        @NotNull @Min(1) @Max(5) Integer diligence,
        @Size(max = 500) String comment) {
}
