package org.masswork.risk.evidence;

import org.masswork.platform.event.EventEnvelope;
import org.masswork.platform.inbox.EventHandler;

/** Reads the case facts of one case-service event type and applies what it means for the evidence. */
abstract class CaseEventHandler implements EventHandler<CaseFacts> {

    private final String eventType;
    private final CaseChange change;
    private final boolean petition;
    private final CaseEvidence evidence;

    CaseEventHandler(String eventType, CaseChange change, boolean petition, CaseEvidence evidence) {
        this.eventType = eventType;
        this.change = change;
        this.petition = petition;
        this.evidence = evidence;
    }

    @Override
    public String eventType() {
        return eventType;
    }

    @Override
    public Class<CaseFacts> payloadType() {
        return CaseFacts.class;
    }

    @Override
    public void handle(EventEnvelope envelope, CaseFacts facts) {
        evidence.apply(envelope.county(), facts, change, petition, envelope.time());
    }
}
