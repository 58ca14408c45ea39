package org.masswork.risk.opinion;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** All opinions on a matter, from its meetings and surveys. */
@Schema(name = "OpinionTotals")
public record OpinionTotals(
        @Schema(minimum = "0", maximum = "1000000000") long support,
        @Schema(minimum = "0", maximum = "1000000000") long oppose,
        @Schema(minimum = "0", maximum = "1000000000") long supportWithConditions,
        @Schema(minimum = "0", maximum = "1000000000", description = "Do not understand the matter (不理解)") long notUnderstood) {

    public long total() {
        return support + oppose + supportWithConditions + notUnderstood;
    }

    /** The share of opposing opinions, or null when none were gathered. */
    public Double opposeShare() {
        return total() == 0 ? null : (double) oppose / total();
    }

    /** The share of opinions that oppose or do not understand the matter (neither supports it), or null when none. */
    public Double opposeOrNotUnderstoodShare() {
        return total() == 0 ? null : (double) (oppose + notUnderstood) / total();
    }
}
