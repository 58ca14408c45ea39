package org.masswork.risk.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.masswork.risk.monitoring.MatterMonitor;

/**
 * Keeps the open cases per village from case-service's events, each in the event's county. Each case is one row, so a duplicate is
 * applied once, and the row remembers the time of the event that set it, so a close that arrives before
 * its open (or an old reopen after a close) does not reopen it. On a tie the case counts as settled.
 * The case's opening time is its earliest opening event's, whichever arrives first (a reopen may
 * overtake the open); the monitor hears of the case once.
 */
@ApplicationScoped
public class CaseEvidence {

    private final VillageCaseRepository cases;
    private final MatterMonitor monitor;

    CaseEvidence(VillageCaseRepository cases, MatterMonitor monitor) {
        this.cases = cases;
        this.monitor = monitor;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(UUID countyId, CaseFacts facts, CaseChange change, boolean petition, OffsetDateTime eventTime) {
        OffsetDateTime at = facts.occurredAt() != null ? facts.occurredAt() : eventTime;
        VillageCase row = cases.findForUpdate(facts.caseId()).orElse(null);
        if (row == null) {
            row = new VillageCase();
            row.caseId = facts.caseId();
        }
        row.countyId = countyId;
        row.villageId = facts.villageId();
        row.townshipId = facts.townshipId();
        row.kind = facts.kind();
        row.category = facts.category();
        row.petition = row.petition || petition || "PETITION".equals(facts.kind());
        boolean firstOpening = change.open() && row.openedAt == null;
        if (change.open() && (row.openedAt == null || at.isBefore(row.openedAt))) {
            row.openedAt = at;
        }
        if (row.stateAt == null || at.isAfter(row.stateAt) || at.isEqual(row.stateAt) && !change.open()) {
            row.open = change.open();
            row.stateAt = at;
        }
        cases.persist(row);
        if (firstOpening) {
            cases.flush();
            monitor.caseOpened(row.countyId, row.villageId, row.caseId);
        }
    }
}
