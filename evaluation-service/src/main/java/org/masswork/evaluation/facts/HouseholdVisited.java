package org.masswork.evaluation.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * evaluation-service's reading of cadre-service's HouseholdVisited, with the roles (五员) the visit was made in.
 * A role code this service does not know makes the event fail and, after the retries, parked: visible, not lost.
 */
public record HouseholdVisited(UUID visitId, UUID cadreId, UUID stationId, UUID villageId, UUID townshipId,
                               UUID householdId, LocalDate visitedOn, List<FiveRole> roles, boolean confirmed) {
}
