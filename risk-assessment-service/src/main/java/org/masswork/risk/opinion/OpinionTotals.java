package org.masswork.risk.opinion;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** All opinions on a matter, from its meetings and surveys. */
@Schema(name = "OpinionTotals")
public record OpinionTotals(
        @Schema(minimum = "0", maximum = "1000000000") long support,
        @Schema(minimum = "0", maximum = "1000000000") long oppose,
        @Schema(minimum = "0", maximum = "1000000000") long supportWithConditions) {

    public long total() {
        return support + oppose + supportWithConditions;
    }

    /** The share of opposing opinions, or null when none were gathered. */
    public Double opposeShare() {
        return total() == 0 ? null : (double) oppose / total();
    }
}
