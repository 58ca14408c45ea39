package org.masswork.cadre.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import org.masswork.platform.event.EventEnvelope;
import org.masswork.platform.inbox.EventHandler;

/** Marks a case closed in its village's ledger, even before its CaseOpened has arrived. */
@ApplicationScoped
public class CaseClosedHandler implements EventHandler<CaseEvent> {

    private final LedgerCaseRepository cases;

    CaseClosedHandler(LedgerCaseRepository cases) {
        this.cases = cases;
    }

    @Override
    public String eventType() {
        return "CaseClosed";
    }

    @Override
    public Class<CaseEvent> payloadType() {
        return CaseEvent.class;
    }

    @Override
    public void handle(EventEnvelope envelope, CaseEvent event) {
        LedgerCase ledgerCase = cases.findOrNew(event.caseId(), envelope.county());
        ledgerCase.describe(event);
        ledgerCase.closedAt = LedgerCase.later(ledgerCase.closedAt, event.when(envelope));
        cases.persist(ledgerCase);
    }
}
