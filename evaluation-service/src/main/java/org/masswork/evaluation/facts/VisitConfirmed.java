package org.masswork.evaluation.facts;

import java.time.LocalDate;
import java.util.UUID;

/** evaluation-service's reading of cadre-service's VisitConfirmed (a household confirmed a visit later). */
public record VisitConfirmed(UUID visitId, UUID cadreId, UUID stationId, UUID villageId, UUID townshipId,
                             UUID householdId, LocalDate visitedOn) {
}
