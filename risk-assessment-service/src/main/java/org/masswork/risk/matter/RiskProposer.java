package org.masswork.risk.matter;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.masswork.platform.language.Text;
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
 * medium-households households. Otherwise LOW. Every clause that holds becomes a reason, worded in each language. The
 * proposal also shows the three rules evaluated now ({@link ThreeRules}), on the set level or, before it is set, on the
 * proposed one.
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
        List<WeightedCases> open = weights.weigh(cases.countOpen(matter.countyId, matter.villageIds));
        double weighted = CaseWeights.total(open);
        OpinionTotals totals = opinions.totals(matter.id);
        List<Text> high = new ArrayList<>();
        List<Text> medium = new ArrayList<>();

        classify(weighted >= rules.highEvidence(), weighted >= rules.mediumEvidence(), high, medium, Text.of(
                fmt("受影响村未结案件和信访（加权）：%.1f（%.1f 起为高，%.1f 起为中）", weighted, rules.highEvidence(),
                        rules.mediumEvidence()),
                fmt("weighted open cases and petitions in the affected villages: %.1f (high from %.1f, medium from %.1f)",
                        weighted, rules.highEvidence(), rules.mediumEvidence())));
        Double opposeShare = totals.opposeShare();
        if (opposeShare != null) {
            classify(opposeShare >= rules.highOpposeShare(), opposeShare >= rules.mediumOpposeShare(), high, medium, Text.of(
                    fmt("反对意见占比：%.0f%%（%.0f%% 起为高，%.0f%% 起为中）", opposeShare * 100, rules.highOpposeShare() * 100,
                            rules.mediumOpposeShare() * 100),
                    fmt("share of opposing opinions: %.0f%% (high from %.0f%%, medium from %.0f%%)", opposeShare * 100,
                            rules.highOpposeShare() * 100, rules.mediumOpposeShare() * 100)));
        }
        criteria(matter).forEach(criterion -> classify(criterion.score() <= rules.highCriterionScore(),
                criterion.score() <= rules.mediumCriterionScore(), high, medium, Text.of(
                        fmt("%s评分 %d 分（满分 5 分）", criterion.name().zh(), criterion.score()),
                        fmt("%s scored %d of 5", criterion.name().en(), criterion.score()))));
        matter.riskFactors.forEach(factor -> classify(factor.score() >= rules.highFactorScore(),
                factor.score() >= rules.mediumFactorScore(), high, medium, Text.of(
                        fmt("风险因素“%s”得分 %d（可能性 %d × 影响 %d）", factor.description, factor.score(), factor.likelihood,
                                factor.impact),
                        fmt("risk factor '%s' scores %d (likelihood %d x impact %d)", factor.description, factor.score(),
                                factor.likelihood, factor.impact))));
        if (matter.householdsAffected >= rules.mediumHouseholds()) {
            medium.add(Text.of(fmt("受影响 %d 户（%d 户起为中）", matter.householdsAffected, rules.mediumHouseholds()),
                    fmt("%d households affected (medium from %d)", matter.householdsAffected, rules.mediumHouseholds())));
        }

        RiskLevel level = !high.isEmpty() ? RiskLevel.HIGH : !medium.isEmpty() ? RiskLevel.MEDIUM : RiskLevel.LOW;
        List<Text> reasons = level == RiskLevel.HIGH ? high : level == RiskLevel.MEDIUM ? medium
                : List.of(Text.of("中、高风险规则均不成立", "no clause of the medium or high rule holds"));
        boolean levelSet = matter.riskLevel != null;
        List<RuleEvaluation> ruleEvaluations = threeRules.evaluate(matter, levelSet ? matter.riskLevel : level, levelSet, totals, open);
        return new RiskProposal(level, level.label(), reasons.stream().map(Text::zh).toList(), open, weighted, totals, ruleEvaluations,
                ThreeRules.blocking(ruleEvaluations).stream().map(RuleEvaluation::rule).toList(), List.copyOf(reasons));
    }

    private static void classify(boolean isHigh, boolean isMedium, List<Text> high, List<Text> medium, Text reason) {
        if (isHigh) {
            high.add(reason);
        } else if (isMedium) {
            medium.add(reason);
        }
    }

    /** Figures read the same whatever the machine's locale. */
    private static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    private record Scored(Text name, int score) {
    }

    private static Stream<Scored> criteria(Matter matter) {
        if (matter.legalityScore == null) {
            return Stream.empty();
        }
        return Stream.of(new Scored(Text.of("合法性", "legality"), matter.legalityScore),
                new Scored(Text.of("合理性", "reasonableness"), matter.reasonablenessScore),
                new Scored(Text.of("可行性", "feasibility"), matter.feasibilityScore),
                new Scored(Text.of("可控性", "controllability"), matter.controllabilityScore));
    }
}
