package org.masswork.risk.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.masswork.platform.outbox.Outbox;
import org.masswork.risk.RiskRules;
import org.masswork.risk.evidence.CaseWeights;
import org.masswork.risk.evidence.VillageCaseRepository;
import org.masswork.risk.evidence.WeightedCases;
import org.masswork.risk.matter.Matter;
import org.masswork.risk.matter.MatterRepository;

/**
 * Watches approved matters being carried out: the cases opened in their villages since then are weighed as the
 * proposal weighs evidence (CaseWeights: a land petition or dispute weighs more than an opinion); when the weighted
 * total reaches the threshold (and each further multiple of it), raises an alert on the matter, with its reasons,
 * and a RiskAlertRaised event.
 */
@ApplicationScoped
public class MatterMonitor {

    private final MatterRepository matters;
    private final VillageCaseRepository cases;
    private final CaseWeights weights;
    private final RiskAlertRepository alerts;
    private final RiskRules rules;
    private final Outbox outbox;

    MatterMonitor(MatterRepository matters, VillageCaseRepository cases, CaseWeights weights, RiskAlertRepository alerts,
                  RiskRules rules, Outbox outbox) {
        this.matters = matters;
        this.cases = cases;
        this.weights = weights;
        this.alerts = alerts;
        this.rules = rules;
        this.outbox = outbox;
    }

    /** A case was first opened in the village of the county. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void caseOpened(UUID countyId, UUID villageId, UUID caseId) {
        for (Matter matter : matters.monitoredInVillage(countyId, villageId)) {
            List<WeightedCases> opened = weights.weigh(cases.countOpenedSince(matter.countyId, matter.villageIds,
                    matter.monitoringSince));
            double total = CaseWeights.total(opened);
            int multiple = matter.alertsRaised + 1;
            if (total >= (double) rules.alertThreshold() * multiple) {
                raise(matter, opened, total, multiple, caseId);
            }
        }
    }

    private void raise(Matter matter, List<WeightedCases> opened, double total, int multiple, UUID caseId) {
        RiskAlert alert = new RiskAlert();
        alert.id = UUID.randomUUID();
        alert.countyId = matter.countyId;
        alert.matterId = matter.id;
        alert.raisedAt = OffsetDateTime.now(ZoneOffset.UTC);
        alert.newCases = (int) opened.stream().mapToLong(WeightedCases::count).sum();
        alert.weightedTotal = total;
        alert.threshold = rules.alertThreshold();
        alert.multiple = multiple;
        alert.triggeringCaseId = caseId;
        opened.stream().filter(c -> c.weighted() > 0).map(AlertContribution::of).forEach(alert.contributions::add);
        alerts.persist(alert);
        matter.alertsRaised++;
        outbox.append(new RiskAlertRaised(matter.id, matter.countyId, alert.id, alert.newCases, total, alert.threshold, multiple, caseId,
                alert.contributions.stream().map(AlertContribution::weighed).toList(), matter.monitoringSince,
                matter.townshipIds.stream().sorted().toList()));
    }
}
