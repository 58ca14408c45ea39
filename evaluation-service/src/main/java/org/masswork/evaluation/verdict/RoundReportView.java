package org.masswork.evaluation.verdict;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A closed round's grade distribution and consequences per township and for the county. */
@Schema(name = "RoundReport")
public record RoundReportView(UUID roundId, @Schema(maxLength = 7) String period, GradeCounts total,
                              @Schema(maxItems = 1000) List<GradeCounts> townships) {
}
