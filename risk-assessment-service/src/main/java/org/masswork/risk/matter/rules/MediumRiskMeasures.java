package org.masswork.risk.matter.rules;

import java.util.List;
import org.masswork.platform.problem.RuleViolationProblem;
import org.masswork.risk.matter.Decision;
import org.masswork.risk.matter.Matter;
import org.masswork.risk.matter.MitigationMeasure;
import org.masswork.risk.matter.RiskLevel;
import org.masswork.platform.language.Text;

/**
 * Beside the three rules: a matter at MEDIUM risk is approved only with its mitigation measures (at least one), each
 * with an owner who answers for it.
 */
public final class MediumRiskMeasures {

    private MediumRiskMeasures() {
    }

    public static void check(Matter matter, Decision decision, List<MitigationMeasure> measures) {
        if (decision != Decision.APPROVE || matter.riskLevel != RiskLevel.MEDIUM) {
            return;
        }
        long unassigned = measures.stream().filter(m -> m.owner == null).count();
        if (measures.isEmpty() || unassigned > 0) {
            throw new RuleViolationProblem("medium-risk-needs-assigned-measures",
                    Text.of("中风险事项须每项化解措施都有责任人才能批准；%s".formatted(measures.isEmpty() ? "该事项没有措施" : unassigned + " 项措施没有责任人"), "A matter at medium risk is approved only with every mitigation measure assigned an owner; %s"
                            .formatted(measures.isEmpty() ? "it has no measures" : unassigned + " have no owner")), "decision");
        }
    }
}
