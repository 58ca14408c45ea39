package org.masswork.evaluation.verdict;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The verdicts of one group over the closed rounds of a period: the cadres per grade and the consequences that count. */
@Schema(name = "VerdictFigures")
public record VerdictFigures(@Schema(description = "The county of the row; null in the PROVINCE row") UUID countyId,
                             @Schema(description = "Set in TOWNSHIP rows only") UUID townshipId,
                             @Schema(minimum = "0", maximum = "100000") long rounds,
                             GradeCounts grades) {
}
