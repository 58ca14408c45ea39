package org.masswork.risk.matter;

import java.util.List;
import org.masswork.platform.problem.RuleViolationProblem;

/**
 * Which decisions a risk level allows. HIGH: only VETO or POSTPONE; approving breaks the rule of the matter's
 * kind (不出台 / 不批准 / 不开展). MEDIUM: POSTPONE, VETO, or APPROVE once every mitigation measure (at least one)
 * has an owner. LOW: any decision.
 */
final class ThreeRules {

    private ThreeRules() {
    }

    static void check(Matter matter, Decision decision, List<MitigationMeasure> measures) {
        if (decision != Decision.APPROVE) {
            return;
        }
        if (matter.riskLevel == RiskLevel.HIGH) {
            throw new RuleViolationProblem(matter.kind.highRiskRule(),
                    "A %s at high risk may only be vetoed or postponed: %s".formatted(
                            matter.kind.name().toLowerCase().replace('_', ' '), matter.kind.highRiskRuleText()), "decision");
        }
        if (matter.riskLevel == RiskLevel.MEDIUM && (measures.isEmpty() || measures.stream().anyMatch(m -> m.owner == null))) {
            long unassigned = measures.stream().filter(m -> m.owner == null).count();
            throw new RuleViolationProblem("medium-risk-needs-assigned-measures",
                    "A matter at medium risk is approved only with every mitigation measure assigned an owner; %s"
                            .formatted(measures.isEmpty() ? "it has no measures" : unassigned + " have no owner"), "decision");
        }
    }
}
