package org.masswork.evaluation.round;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The opened round and its ballot codes, returned this once for printing. */
@Schema(name = "OpenedEvaluationRound")
public record OpenedRoundView(RoundView round, @Schema(maxItems = 100000) List<IssuedCode> codes) {
}
