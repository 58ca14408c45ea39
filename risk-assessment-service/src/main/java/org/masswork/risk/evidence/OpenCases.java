package org.masswork.risk.evidence;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many cases of a category are open in the villages of a matter. */
@Schema(name = "OpenCases")
public record OpenCases(
        @Schema(maxLength = 30, description = "case-service's category code, e.g. LAND") String category,
        boolean petition,
        @Schema(minimum = "0", maximum = "1000000000") long count) {
}
