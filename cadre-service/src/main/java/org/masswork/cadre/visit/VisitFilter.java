package org.masswork.cadre.visit;

import java.time.LocalDate;
import java.util.UUID;

/** What a visit list may be narrowed to: always one county; null matches all of it. */
public record VisitFilter(UUID countyId, UUID stationId, UUID townshipId, UUID villageId, UUID householdId, UUID cadreId,
                          LocalDate from, LocalDate to, Boolean confirmed, Boolean followUpNeeded) {
}
