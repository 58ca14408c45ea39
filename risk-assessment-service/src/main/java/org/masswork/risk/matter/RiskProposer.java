package org.masswork.risk.matter;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.masswork.risk.RiskRules;
import org.masswork.risk.evidence.CaseWeights;
import org.masswork.risk.evidence.VillageCaseRepository;
import org.masswork.risk.evidence.WeightedCases;
import org.masswork.risk.matter.rules.RuleEvaluation;
import org.masswork.risk.matter.rules.ThreeRules;
import org.masswork.risk.opinion.OpinionRepository;
import org.masswork.risk.opinion.OpinionTotals;

/**
 * The documented rule that proposes a level (thresholds in {@link RiskRules}). HIGH when any of: weighted open
 * cases in the affected villages at or above high-evidence; opposing opinions at or above high-oppose-share; a
 * criterion scored at or below high-criterion-score; a risk factor with likelihood x impact at or above
 * high-factor-score. Otherwise MEDIUM when any of the medium thresholds is reached or the matter affects at least
 * medium-households households. Otherwise LOW. Every clause that holds becomes a reason. The proposal also shows the
 * three rules evaluated now ({@link ThreeRules}), on the set level or, before it is set, on the proposed one.
 */
@ApplicationScoped
public class RiskProposer {

    private final RiskRules rules;
    private final CaseWeights weights;
    private final ThreeRules threeRules;
    private final VillageCaseRepository cases;
    private final OpinionRepository opinions;

    RiskProposer(RiskRules rules, CaseWeights weights, ThreeRules threeRules, VillageCaseRepository cases,
                 OpinionRepository opinions) {
        this.rules = rules;
        this.weights = weights;
        this.threeRules = threeRules;
        this.cases = cases;
        this.opinions = opinions;
    }

    public RiskProposal propose(Matter matter) {
        List<WeightedCases> open = weights.weigh(cases.countOpen(matter.villageIds));
        double weighted = CaseWeights.total(open);
        OpinionTotals totals = opinions.totals(matter.id);
        List<String> high = new ArrayList<>();
        List<String> medium = new ArrayList<>();

        classify(weighted >= rules.highEvidence(), weighted >= rules.mediumEvidence(), high, medium,
                "weighted open cases and petitions in the affected villages: %.1f (high from %.1f, medium from %.1f)"
                        .formatted(weighted, rules.highEvidence(), rules.mediumEvidence()));
        Double opposeShare = totals.opposeShare();
        if (opposeShare != null) {
            classify(opposeShare >= rules.highOpposeShare(), opposeShare >= rules.mediumOpposeShare(), high, medium,
                    "share of opposing opinions: %.0f%% (high from %.0f%%, medium from %.0f%%)"
                            .formatted(opposeShare * 100, rules.highOpposeShare() * 100, rules.mediumOpposeShare() * 100));
        }
        criteria(matter).forEach(criterion -> classify(criterion.score() <= rules.highCriterionScore(),
                criterion.score() <= rules.mediumCriterionScore(), high, medium,
                "%s scored %d of 5".formatted(criterion.name(), criterion.score())));
        matter.riskFactors.forEach(factor -> classify(factor.score() >= rules.highFactorScore(),
                factor.score() >= rules.mediumFactorScore(), high, medium,
                "risk factor '%s' scores %d (likelihood %d x impact %d)"
                        .formatted(factor.description, factor.score(), factor.likelihood, factor.impact)));
        if (matter.householdsAffected >= rules.mediumHouseholds()) {
            medium.add("%d households affected (medium from %d)".formatted(matter.householdsAffected, rules.mediumHouseholds()));
        }

        RiskLevel level = !high.isEmpty() ? RiskLevel.HIGH : !medium.isEmpty() ? RiskLevel.MEDIUM : RiskLevel.LOW;
        List<String> reasons = level == RiskLevel.HIGH ? high : level == RiskLevel.MEDIUM ? medium
                : List.of("no clause of the medium or high rule holds");
        boolean levelSet = matter.riskLevel != null;
        List<RuleEvaluation> ruleEvaluations = threeRules.evaluate(matter, levelSet ? matter.riskLevel : level, levelSet, totals, open);
        return new RiskProposal(level, level.label(), reasons, open, weighted, totals, ruleEvaluations,
                ThreeRules.blocking(ruleEvaluations).stream().map(RuleEvaluation::rule).toList());
    }

    private static void classify(boolean isHigh, boolean isMedium, List<String> high, List<String> medium, String reason) {
        if (isHigh) {
            high.add(reason);
        } else if (isMedium) {
            medium.add(reason);
        }
    }

    private record Scored(String name, int score) {
    }

    private static Stream<Scored> criteria(Matter matter) {
        if (matter.legalityScore == null) {
            return Stream.empty();
        }
        return Stream.of(new Scored("legality (合法性)", matter.legalityScore),
                new Scored("reasonableness (合理性)", matter.reasonablenessScore),
                new Scored("feasibility (可行性)", matter.feasibilityScore),
                new Scored("controllability (可控性)", matter.controllabilityScore));
    }
}
