package org.masswork.cadre.visit;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Visits made in one of the five roles (五员); a visit in two roles counts for each. The label is in the reader's language. */
@Schema(name = "RoleWork")
public record RoleWork(FiveRole role, @Schema(maxLength = 30) String roleLabel,
                       @Schema(minimum = "0", maximum = "10000000") long visits) {

    /** All five roles in their order, with zero for a role without visits. */
    public static List<RoleWork> of(Map<FiveRole, Long> visits) {
        return Arrays.stream(FiveRole.values()).map(r -> new RoleWork(r, r.displayLabel(), visits.getOrDefault(r, 0L))).toList();
    }
}
