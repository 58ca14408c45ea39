package org.masswork.evaluation.verdict;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.masswork.evaluation.figures.FiguresGrouping;
import org.masswork.platform.paging.FiguresRows;

/** The evaluation results of a year or half year, one row per group. */
@Schema(name = "VerdictFiguresReport")
public record VerdictFiguresReport(
        @Schema(maxLength = 7, examples = "2026") String period,
        FiguresGrouping groupBy,
        @Schema(maxItems = FiguresRows.MAX,
                description = "PROVINCE: exactly one; COUNTY: one per county with a verdict (and the county asked); TOWNSHIP: one per "
                        + "township with a verdict, ordered by county and township id")
        List<VerdictFigures> rows) {
}
