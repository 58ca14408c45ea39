package org.masswork.evaluation.round;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A ballot to print: for the representative of this household, about this cadre. Shown once, never stored. */
@Schema(name = "IssuedBallotCode")
public record IssuedCode(UUID cadreId, UUID householdId, @Schema(pattern = BallotCodes.PATTERN, maxLength = 12) String code) {
}
