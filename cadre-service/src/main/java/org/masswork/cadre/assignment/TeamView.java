package org.masswork.cadre.assignment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A station's active team, and what is wrong with it if anything (fewer than 2 cadres, no leader). */
@Schema(name = "Team")
public record TeamView(
        UUID stationId,
        @Schema(maxItems = 3) List<Member> members,
        @Schema(maxItems = 2) List<StaffingIssue> issues) {

    public enum StaffingIssue {
        UNDERSTAFFED, NO_LEADER
    }

    @Schema(name = "TeamMember")
    public record Member(
            UUID assignmentId,
            UUID cadreId,
            @Schema(maxLength = 50) String cadreName,
            TeamRole role,
            @Schema(maxLength = 10) String roleLabel,
            boolean firstSecretary,
            LocalDate termEndsOn) {
    }
}
