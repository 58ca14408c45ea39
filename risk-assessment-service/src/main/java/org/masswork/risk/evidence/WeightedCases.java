package org.masswork.risk.evidence;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Cases of one kind and category (petitions apart) and what they weigh: count x weight of one (CaseWeights). */
@Schema(name = "WeightedCases")
public record WeightedCases(
        @Schema(maxLength = 20, description = "case-service's kind code, e.g. DISPUTE") String kind,
        @Schema(maxLength = 30, description = "case-service's category code, e.g. LAND") String category,
        boolean petition,
        @Schema(minimum = "0", maximum = "1000000000") long count,
        @Schema(minimum = "0", maximum = "1000000", description = "What one such case weighs") double weight,
        @Schema(minimum = "0", maximum = "1000000000000", description = "count x weight") double weighted) {

    /** "LAND DISPUTE petition: 2 x 6.0 = 12.0", for reasons. */
    public String describe() {
        return "%s %s%s: %d x %.1f = %.1f".formatted(category, kind, petition ? " petition" : "", count, weight, weighted);
    }
}
