package org.masswork.cases.station;

import java.time.LocalDate;
import java.util.UUID;

/** case-service's reading of cadre-service's AssignmentEnded event (see docs/asyncapi.yaml). */
public record AssignmentEnded(
        UUID assignmentId,
        UUID cadreId,
        UUID stationId,
        UUID townshipId,
        LocalDate endedOn) {
}
