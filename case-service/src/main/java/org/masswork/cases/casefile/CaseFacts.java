package org.masswork.cases.casefile;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What every case event carries, unwrapped into the event's payload: ids and codes, never the
 * villager's personal data. {@code occurredAt} is when the step happened.
 */
public record CaseFacts(
        UUID caseId,
        UUID countyId,
        UUID stationId,
        UUID villageId,
        UUID townshipId,
        CaseKind kind,
        CaseCategory category,
        OffsetDateTime occurredAt) {
}
