package org.masswork.cadre.contactcard;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.masswork.cadre.figures.FiguresGrouping;
import org.masswork.platform.paging.FiguresRows;

@Schema(name = "CardFiguresReport")
public record CardFiguresReport(
        @Schema(description = "When the cards were counted: the server's time at the county's offset") OffsetDateTime asOf,
        FiguresGrouping groupBy,
        @Schema(maxItems = FiguresRows.MAX, description = "COUNTY: one row; TOWNSHIP: one per township with a station, by township "
                + "code; STATION: one per station, by township code and station name")
        List<CardFigures> rows) {
}
