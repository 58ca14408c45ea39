package org.masswork.cadre.visit;

import java.time.LocalDate;
import java.util.UUID;

/** What a visit list may be narrowed to; null matches all. */
public record VisitFilter(UUID stationId, UUID townshipId, UUID villageId, UUID householdId, UUID cadreId,
                          LocalDate from, LocalDate to, Boolean confirmed, Boolean followUpNeeded) {
}
