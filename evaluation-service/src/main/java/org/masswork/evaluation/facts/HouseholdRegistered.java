package org.masswork.evaluation.facts;

import java.util.UUID;

/** evaluation-service's reading of cadre-service's HouseholdRegistered: ids only, no personal data. */
public record HouseholdRegistered(UUID householdId, UUID villageId, UUID stationId, UUID townshipId) {
}
