package org.masswork.evaluation.figures;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The work figures of the days {@code from} to {@code to} (both included, the county's calendar), one row per group. */
@Schema(name = "WorkFiguresReport")
public record WorkFiguresReport(
        LocalDate from,
        LocalDate to,
        FiguresGrouping groupBy,
        @Schema(maxItems = WorkFiguresReport.MAX_ROWS,
                description = "One row per group with any figure, ordered by township, station and cadre id; COUNTY: exactly one")
        List<WorkFigures> rows) {

    /** More than the stations or cadres of a county; beyond it a request narrows by township. */
    public static final int MAX_ROWS = 2000;
}
