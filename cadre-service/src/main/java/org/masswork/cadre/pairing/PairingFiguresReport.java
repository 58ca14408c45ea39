package org.masswork.cadre.pairing;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.masswork.cadre.figures.FiguresGrouping;
import org.masswork.platform.paging.FiguresRows;

@Schema(name = "PairingFiguresReport")
public record PairingFiguresReport(
        @Schema(description = "When the pairs were counted: the server's time at the county's offset") OffsetDateTime asOf,
        FiguresGrouping groupBy,
        @Schema(maxItems = FiguresRows.MAX, description = "COUNTY: one row; TOWNSHIP: one per township with a pair, by township code")
        List<PairingFigures> rows) {
}
