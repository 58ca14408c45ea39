package org.masswork.risk.evidence;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * This service's reading of the facts every case-service event carries (docs/asyncapi.yaml, caseEvents).
 * Kind and category stay strings: a new code in case-service must not make its events unreadable here.
 */
public record CaseFacts(
        UUID caseId,
        UUID villageId,
        UUID townshipId,
        String kind,
        String category,
        OffsetDateTime occurredAt) {
}
