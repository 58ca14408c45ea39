package org.masswork.cases.figures;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.masswork.platform.paging.FiguresRows;

/** The figures of a period (days of the county's calendar, both included), one row per group. */
@Schema(name = "CaseFiguresReport")
public record CaseFiguresReport(
        @Schema(description = "The first day of the period (county calendar)") LocalDate from,
        @Schema(description = "The last day of the period, included") LocalDate to,
        FiguresGrouping groupBy,
        @Schema(maxItems = FiguresRows.MAX, description = "One row per group with cases received: exactly one "
                + "for PROVINCE (keys null) and for a county's COUNTY (countyId only); by county for the province's COUNTY; "
                + "by township or station ordered by township name and station name")
        List<CaseFigures> rows) {
}
