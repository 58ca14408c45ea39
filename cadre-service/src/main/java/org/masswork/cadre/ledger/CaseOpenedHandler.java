package org.masswork.cadre.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import org.masswork.platform.event.EventEnvelope;
import org.masswork.platform.inbox.EventHandler;

/** Enters an opened case in its village's ledger; a CaseClosed that came first keeps its closing. */
@ApplicationScoped
public class CaseOpenedHandler implements EventHandler<CaseEvent> {

    private final LedgerCaseRepository cases;

    CaseOpenedHandler(LedgerCaseRepository cases) {
        this.cases = cases;
    }

    @Override
    public String eventType() {
        return "CaseOpened";
    }

    @Override
    public Class<CaseEvent> payloadType() {
        return CaseEvent.class;
    }

    @Override
    public void handle(EventEnvelope envelope, CaseEvent event) {
        LedgerCase ledgerCase = cases.findOrNew(event.caseId(), envelope.county());
        ledgerCase.describe(event);
        if (ledgerCase.openedAt == null || event.when(envelope).isBefore(ledgerCase.openedAt)) {
            ledgerCase.openedAt = event.when(envelope);
        }
        cases.persist(ledgerCase);
    }
}
