package org.masswork.evaluation.facts;

import java.time.LocalDate;
import java.util.UUID;

/** evaluation-service's reading of cadre-service's HouseholdVisited. */
public record HouseholdVisited(UUID visitId, UUID cadreId, UUID stationId, UUID villageId, UUID townshipId,
                               UUID householdId, LocalDate visitedOn, boolean confirmed) {
}
