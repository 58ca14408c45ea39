package org.masswork.cases.figures;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CaseFiguresReport")
public record FiguresReport(
        OffsetDateTime from,
        OffsetDateTime to,
        FiguresGrouping groupBy,
        @Schema(maxItems = FiguresReport.MAX_ROWS, description = "One row per county, township or station with cases") List<CaseFigures> rows) {

    /** More than the stations of a county; a province asks per township. */
    public static final int MAX_ROWS = 2000;
}
