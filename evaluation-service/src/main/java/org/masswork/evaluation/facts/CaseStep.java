package org.masswork.evaluation.facts;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * evaluation-service's reading of the case events it uses (CaseOpened, CaseEscalated, CaseClosed,
 * CaseReopened, SatisfactionRated): the CaseFacts every case event carries, plus the fields of the
 * close and the rating, absent in the other types.
 */
public record CaseStep(UUID caseId, UUID stationId, UUID townshipId, OffsetDateTime occurredAt,
                       String closedAtLevel, Boolean onTime, String rating) {
}
