package org.masswork.cases.station;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StationCadre", description = "A cadre serving the station today, as cadre-service assigned them")
public record StationCadreView(
        UUID cadreId,
        UUID assignmentId,
        TeamRole role,
        @Schema(maxLength = 20) String roleLabel,
        boolean firstSecretary,
        LocalDate startsOn,
        LocalDate termEndsOn) {

    static StationCadreView of(StationCadre assignment) {
        return new StationCadreView(assignment.cadreId, assignment.assignmentId, assignment.role, assignment.role.displayLabel(),
                Boolean.TRUE.equals(assignment.firstSecretary), assignment.startsOn, assignment.termEndsOn);
    }
}
