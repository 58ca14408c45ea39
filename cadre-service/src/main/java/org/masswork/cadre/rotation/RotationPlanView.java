package org.masswork.cadre.rotation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.masswork.cadre.assignment.TeamRole;
import org.masswork.cadre.assignment.TeamView;

/**
 * A township's rotation plan: the cadres due (their term ended or ends by {@code dueBy}), a proposed move for each
 * that the team rules allow, and the teams those moves leave with a staffing issue.
 */
@Schema(name = "RotationPlan")
public record RotationPlanView(
        UUID townshipId,
        LocalDate asOf,
        LocalDate dueBy,
        @Schema(maxItems = RotationPlanService.MAX_DUE) List<DueCadre> due,
        @Schema(maxItems = RotationPlanService.MAX_DUE,
                description = "Every station a proposed move leaves or joins, with its team as the plan would leave it")
        List<TeamAfter> teamsAfter) {

    @Schema(name = "RotationDueCadre")
    public record DueCadre(
            UUID assignmentId,
            UUID cadreId,
            @Schema(maxLength = 50) String cadreName,
            @Schema(maxLength = 30) String departmentKind,
            UUID stationId,
            TeamRole role,
            LocalDate termEndsOn,
            @Schema(description = "The term ended already") boolean overdue,
            @Schema(description = "The proposed move; absent when no station of the township fits the rules")
            ProposedMove proposal) {
    }

    @Schema(name = "RotationProposedMove")
    public record ProposedMove(
            UUID stationId,
            @Schema(maxLength = 100) String stationName,
            TeamRole role,
            @Schema(maxLength = 10) String roleLabel) {
    }

    @Schema(name = "RotationTeamAfter")
    public record TeamAfter(
            UUID stationId,
            @Schema(maxLength = 100) String stationName,
            @Schema(maxItems = 3) List<UUID> cadreIds,
            @Schema(maxItems = 2) List<TeamView.StaffingIssue> issues) {
    }
}
