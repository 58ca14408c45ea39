package org.masswork.cadre.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import org.masswork.platform.event.EventEnvelope;
import org.masswork.platform.inbox.EventHandler;

/** A closed case reopened (an unsatisfied rating) counts as open again until its next closing. */
@ApplicationScoped
public class CaseReopenedHandler implements EventHandler<CaseEvent> {

    private final LedgerCaseRepository cases;

    CaseReopenedHandler(LedgerCaseRepository cases) {
        this.cases = cases;
    }

    @Override
    public String eventType() {
        return "CaseReopened";
    }

    @Override
    public Class<CaseEvent> payloadType() {
        return CaseEvent.class;
    }

    @Override
    public void handle(EventEnvelope envelope, CaseEvent event) {
        LedgerCase ledgerCase = cases.findOrNew(event.caseId(), envelope.county());
        ledgerCase.describe(event);
        ledgerCase.reopenedAt = LedgerCase.later(ledgerCase.reopenedAt, event.when(envelope));
        cases.persist(ledgerCase);
    }
}
