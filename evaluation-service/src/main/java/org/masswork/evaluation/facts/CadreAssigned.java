package org.masswork.evaluation.facts;

import java.time.LocalDate;
import java.util.UUID;

/** evaluation-service's reading of cadre-service's CadreAssigned. */
public record CadreAssigned(UUID assignmentId, UUID cadreId, UUID stationId, UUID villageId, UUID townshipId,
                            String role, LocalDate startsOn) {
}
