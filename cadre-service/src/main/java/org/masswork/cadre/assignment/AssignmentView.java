package org.masswork.cadre.assignment;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Assignment")
public record AssignmentView(
        UUID id,
        UUID cadreId,
        UUID stationId,
        UUID townshipId,
        TeamRole role,
        @Schema(maxLength = 10) String roleLabel,
        boolean firstSecretary,
        LocalDate startsOn,
        LocalDate termEndsOn,
        LocalDate endedOn,
        EndReason endReason,
        @Schema(maxLength = 500) String endNote,
        boolean matchingException,
        @Schema(maxLength = 500) String exceptionReason,
        @Schema(maxLength = 500, description = "Why a cadre who served at this station before is stationed here again")
        String returnReason,
        @Schema(minimum = "0", maximum = "9223372036854775807") long version) {

    public static AssignmentView of(Assignment a) {
        return new AssignmentView(a.id, a.cadreId, a.stationId, a.townshipId, a.role, a.role.displayLabel(), a.firstSecretary,
                a.startsOn, a.termEndsOn, a.endedOn, a.endReason, a.endNote, a.matchingException, a.exceptionReason, a.returnReason,
                a.version);
    }
}
