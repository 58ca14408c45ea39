package org.masswork.cadre.ledger;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.masswork.platform.event.EventEnvelope;

/**
 * cadre-service's reading of case-service's CaseOpened, CaseClosed and CaseReopened events: where
 * the case is, what kind it is, and when the step happened.
 */
public record CaseEvent(UUID caseId, UUID stationId, UUID villageId, UUID townshipId, String kind, String category,
                        OffsetDateTime occurredAt) {

    /** When the step happened; the event's own time if the payload does not say. */
    OffsetDateTime when(EventEnvelope envelope) {
        return occurredAt != null ? occurredAt : envelope.time();
    }
}
