package org.masswork.cadre.assignment;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A free cadre who could join a station's team, with why they rank where they do. */
@Schema(name = "ReplacementCandidate")
public record ReplacementCandidate(
        UUID cadreId,
        @Schema(maxLength = 50) String name,
        UUID departmentId,
        @Schema(maxLength = 30) String departmentKind,
        boolean mayLead,
        boolean partyMember,
        @Schema(minimum = "0", maximum = "100000") long stationExperienceDays) {
}
