package org.masswork.cadre.visit;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VisitCoverage", description = "Share of a village's households visited in a year (households registered today)")
public record VisitCoverageView(
        UUID villageId,
        @Schema(minimum = "2000", maximum = "2100") int year,
        @Schema(minimum = "0", maximum = "1000000") long households,
        @Schema(minimum = "0", maximum = "1000000", description = "Households with at least one visit") long visitedHouseholds,
        @Schema(minimum = "0", maximum = "1000000", description = "Households with at least one confirmed visit")
        long confirmedVisitedHouseholds,
        @Schema(minimum = "0", maximum = "1", description = "visitedHouseholds / households, 0 with no households") double share,
        @Schema(minimum = "0", maximum = "1") double confirmedShare) {

    public static VisitCoverageView of(UUID villageId, int year, long households, VisitRepository.Coverage coverage) {
        return new VisitCoverageView(villageId, year, households, coverage.visitedHouseholds(),
                coverage.confirmedVisitedHouseholds(), share(coverage.visitedHouseholds(), households),
                share(coverage.confirmedVisitedHouseholds(), households));
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : Math.round(part * 10_000.0 / whole) / 10_000.0;
    }
}
