package org.masswork.risk.evidence;

import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.masswork.platform.language.Text;

/** Cases of one kind and category (petitions apart) and what they weigh: count x weight of one (CaseWeights). */
@Schema(name = "WeightedCases")
public record WeightedCases(
        @Schema(maxLength = 20, description = "case-service's kind code, e.g. DISPUTE") String kind,
        @Schema(maxLength = 30, description = "case-service's category code, e.g. LAND") String category,
        boolean petition,
        @Schema(minimum = "0", maximum = "1000000000") long count,
        @Schema(minimum = "0", maximum = "1000000", description = "What one such case weighs") double weight,
        @Schema(minimum = "0", maximum = "1000000000000", description = "count x weight") double weighted) {

    /**
     * "LAND DISPUTE: 2 x 3.0 = 6.0", "LAND PETITION: 1 x 6.0 = 6.0", "LAND DISPUTE petitioned: ...", for reasons; in
     * Chinese "LAND DISPUTE：2 × 3.0 = 6.0", "LAND DISPUTE（已信访）：...". The codes are case-service's, whose labels this
     * service does not keep.
     */
    public Text describe() {
        boolean petitioned = petition && !"PETITION".equals(kind);
        return Text.of(String.format(Locale.ROOT, "%s %s%s：%d × %.1f = %.1f", category, kind, petitioned ? "（已信访）" : "", count,
                        weight, weighted),
                String.format(Locale.ROOT, "%s %s%s: %d x %.1f = %.1f", category, kind, petitioned ? " petitioned" : "", count,
                        weight, weighted));
    }
}
