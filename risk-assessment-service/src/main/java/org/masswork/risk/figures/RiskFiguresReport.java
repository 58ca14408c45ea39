package org.masswork.risk.figures;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.masswork.platform.paging.FiguresRows;

/** The review figures of a period (days of the county's calendar, both included), one row per group. */
@Schema(name = "RiskFiguresReport")
public record RiskFiguresReport(
        @Schema(description = "The first day of the period (county calendar)") LocalDate from,
        @Schema(description = "The last day of the period, included") LocalDate to,
        FiguresGrouping groupBy,
        @Schema(maxItems = FiguresRows.MAX, description = "Exactly one row for COUNTY (township keys null) and for "
                + "PROVINCE (all keys null); for a province role's COUNTY without countyId a row per county with any figure, "
                + "ordered by countyId; by township a row per township with any figure, ordered by township name")
        List<RiskFigures> rows) {
}
