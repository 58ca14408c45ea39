package org.masswork.evaluation.verdict;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The county's grades and consequences over the closed rounds of a year or half year, and per township. */
@Schema(name = "CountyEvaluationReport")
public record CountyReportView(@Schema(maxLength = 7, examples = "2026") String period,
                               @Schema(minimum = "0", maximum = "1000") long rounds,
                               GradeCounts total,
                               @Schema(maxItems = 1000) List<GradeCounts> townships) {
}
