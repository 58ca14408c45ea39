package org.masswork.risk.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.masswork.platform.outbox.Outbox;
import org.masswork.risk.RiskRules;
import org.masswork.risk.evidence.CaseCount;
import org.masswork.risk.evidence.VillageCaseRepository;
import org.masswork.risk.matter.Matter;
import org.masswork.risk.matter.MatterRepository;

/**
 * Watches approved matters being carried out: when the cases opened in their villages since then reach the
 * threshold (and each further multiple of it), raises an alert on the matter and a RiskAlertRaised event.
 */
@ApplicationScoped
public class MatterMonitor {

    private final MatterRepository matters;
    private final VillageCaseRepository cases;
    private final RiskAlertRepository alerts;
    private final RiskRules rules;
    private final Outbox outbox;

    MatterMonitor(MatterRepository matters, VillageCaseRepository cases, RiskAlertRepository alerts, RiskRules rules,
                  Outbox outbox) {
        this.matters = matters;
        this.cases = cases;
        this.alerts = alerts;
        this.rules = rules;
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void caseOpened(UUID villageId) {
        for (Matter matter : matters.monitoredInVillage(villageId)) {
            long newCases = cases.countOpenedSince(matter.villageIds, matter.monitoringSince).stream()
                    .mapToLong(CaseCount::count).sum();
            if (newCases >= (long) rules.alertThreshold() * (matter.alertsRaised + 1)) {
                raise(matter, (int) newCases);
            }
        }
    }

    private void raise(Matter matter, int newCases) {
        RiskAlert alert = new RiskAlert();
        alert.id = UUID.randomUUID();
        alert.matterId = matter.id;
        alert.raisedAt = OffsetDateTime.now(ZoneOffset.UTC);
        alert.newCases = newCases;
        alert.threshold = rules.alertThreshold();
        alerts.persist(alert);
        matter.alertsRaised++;
        outbox.append(new RiskAlertRaised(matter.id, alert.id, newCases, alert.threshold, matter.monitoringSince,
                matter.townshipIds.stream().sorted().toList()));
    }
}
