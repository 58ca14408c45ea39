package org.masswork.evaluation.facts;

import java.time.LocalDate;
import java.util.UUID;

/** evaluation-service's reading of cadre-service's StationDayAttended. */
public record StationDayAttended(UUID checkInId, UUID cadreId, UUID stationId, UUID villageId, UUID townshipId,
                                 LocalDate date) {
}
