package org.masswork.cadre.ledger;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.masswork.cadre.household.HouseholdTag;
import org.masswork.cadre.visit.VisitCoverageView;

@Schema(name = "VillageLedger", description = "The village ledger (民情台账): households, cards, visits and cases of one village")
public record VillageLedgerView(
        UUID villageId,
        @Schema(maxLength = 20) String villageCode,
        @Schema(maxLength = 100) String villageName,
        UUID stationId,
        UUID townshipId,
        @Schema(minimum = "2000", maximum = "2100", description = "The year of the visit figures") int year,
        @Schema(minimum = "0", maximum = "1000000") long households,
        @Schema(maxItems = 6, description = "Key households per tag; a household may carry several tags")
        List<TagCount> keyHouseholds,
        Cards cards,
        VisitCoverageView coverage,
        Visits visits,
        Cases cases) {

    @Schema(name = "LedgerTagCount")
    public record TagCount(HouseholdTag tag, @Schema(maxLength = 20) String label,
                           @Schema(minimum = "0", maximum = "1000000") long households) {
    }

    @Schema(name = "LedgerCards")
    public record Cards(@Schema(minimum = "0", maximum = "1000000") long householdsCovered,
                        @Schema(minimum = "0", maximum = "1000000", description = "Cards not showing the current team")
                        long outdated,
                        @Schema(minimum = "0", maximum = "1000000", description = "Re-issues included") long issued) {
    }

    @Schema(name = "LedgerVisits")
    public record Visits(@Schema(minimum = "0", maximum = "100000000") long confirmed,
                         @Schema(minimum = "0", maximum = "100000000") long unconfirmed) {
    }

    @Schema(name = "LedgerCases", description = "Cases of the village as reported by case-service's events")
    public record Cases(@Schema(minimum = "0", maximum = "100000000") long open,
                        @Schema(minimum = "0", maximum = "100000000") long closed,
                        @Schema(maxItems = 20) List<LedgerCaseRepository.KindCount> perKind) {
    }
}
