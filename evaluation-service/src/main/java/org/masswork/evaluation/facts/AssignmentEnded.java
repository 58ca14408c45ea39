package org.masswork.evaluation.facts;

import java.time.LocalDate;
import java.util.UUID;

/** evaluation-service's reading of cadre-service's AssignmentEnded. */
public record AssignmentEnded(UUID assignmentId, UUID cadreId, UUID stationId, UUID villageId, UUID townshipId,
                              LocalDate endedOn) {
}
