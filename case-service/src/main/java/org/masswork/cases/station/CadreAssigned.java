package org.masswork.cases.station;

import java.time.LocalDate;
import java.util.UUID;

/** case-service's reading of cadre-service's CadreAssigned event (see docs/asyncapi.yaml). */
public record CadreAssigned(
        UUID assignmentId,
        UUID cadreId,
        UUID stationId,
        UUID townshipId,
        TeamRole role,
        boolean firstSecretary,
        LocalDate startsOn,
        LocalDate termEndsOn) {
}
