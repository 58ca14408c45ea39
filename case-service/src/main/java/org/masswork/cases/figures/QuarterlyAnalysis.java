package org.masswork.cases.figures;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.masswork.cases.casefile.CaseCategory;

/**
 * The quarterly people's-situation analysis (每季度民情汇总分析): what villagers raised most, where it
 * clusters, and what is widespread enough for the livelihood plan. Errands are services, not problems, and
 * are left out.
 */
@Schema(name = "QuarterlyAnalysis")
public record QuarterlyAnalysis(
        @Schema(minimum = "2000", maximum = "2100") int year,
        @Schema(minimum = "1", maximum = "4") int quarter,
        OffsetDateTime from,
        OffsetDateTime to,
        @Schema(maxItems = 10000, description = "Per township its most frequent categories, with the previous quarter")
        List<TownshipCategory> topCategoriesByTownship,
        @Schema(maxItems = QuarterlyAnalysis.MAX_CLUSTERS, description = "Villages where one category clusters")
        List<VillageCluster> clusters,
        @Schema(maxItems = 12, description = "Categories raised in many villages: candidates for the livelihood plan")
        List<WidespreadProblem> widespreadProblems) {

    public static final int MAX_CLUSTERS = 200;

    @Schema(name = "TownshipCategory")
    public record TownshipCategory(UUID townshipId, CaseCategory category, @Schema(maxLength = 20) String categoryLabel,
                                   @Schema(minimum = "1", maximum = "12") int rank,
                                   @Schema(minimum = "0", maximum = "100000000") long cases,
                                   @Schema(minimum = "0", maximum = "100000000") long previousQuarterCases,
                                   @Schema(minimum = "-100000000", maximum = "100000000") long change) {
    }

    @Schema(name = "VillageCluster")
    public record VillageCluster(UUID villageId, UUID stationId, UUID townshipId, CaseCategory category,
                                 @Schema(maxLength = 20) String categoryLabel,
                                 @Schema(minimum = "0", maximum = "100000000") long cases) {
    }

    @Schema(name = "WidespreadProblem")
    public record WidespreadProblem(CaseCategory category, @Schema(maxLength = 20) String categoryLabel,
                                    @Schema(minimum = "0", maximum = "100000") long villages,
                                    @Schema(minimum = "0", maximum = "100000") long townships,
                                    @Schema(minimum = "0", maximum = "100000000") long cases) {
    }
}
