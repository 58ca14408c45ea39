package org.masswork.evaluation.figures;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.masswork.evaluation.facts.FiveRole;

/** Visits made in one of the five roles (五员); a visit in two roles counts for each. The label is in the reader's language. */
@Schema(name = "RoleWork")
public record RoleWork(FiveRole role, @Schema(maxLength = 40) String roleLabel,
                       @Schema(minimum = "0", maximum = "10000000") int visitsMade) {

    /** All five roles in their order, with zero for a role without visits. */
    public static List<RoleWork> of(Map<FiveRole, Integer> visits) {
        return Arrays.stream(FiveRole.values()).map(r -> new RoleWork(r, r.displayLabel(), visits.getOrDefault(r, 0))).toList();
    }
}
