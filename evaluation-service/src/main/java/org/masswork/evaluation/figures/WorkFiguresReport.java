package org.masswork.evaluation.figures;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.masswork.platform.paging.FiguresRows;

/** The work figures of the days {@code from} to {@code to} (both included, the county's calendar), one row per group. */
@Schema(name = "WorkFiguresReport")
public record WorkFiguresReport(
        LocalDate from,
        LocalDate to,
        FiguresGrouping groupBy,
        @Schema(maxItems = FiguresRows.MAX,
                description = "One row per group with any figure, ordered by township, station and cadre id; PROVINCE: exactly one; COUNTY: one per county")
        List<WorkFigures> rows) {
}
