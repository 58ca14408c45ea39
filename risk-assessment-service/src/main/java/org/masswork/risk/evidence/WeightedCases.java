package org.masswork.risk.evidence;

import java.util.Locale;
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

    /** "LAND DISPUTE: 2 x 3.0 = 6.0", "LAND PETITION: 1 x 6.0 = 6.0", "LAND DISPUTE petitioned: ...", for reasons. */
    public String describe() {
        String what = !petition || "PETITION".equals(kind) ? kind : kind + " petitioned";
        return String.format(Locale.ROOT, "%s %s: %d x %.1f = %.1f", category, what, count, weight, weighted);
    }
}
