package org.masswork.risk.matter.rules;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.masswork.platform.language.Text;
import org.masswork.risk.RiskRules;
import org.masswork.risk.RiskRules.ThreeRulesSettings;
import org.masswork.risk.evidence.CaseWeights;
import org.masswork.risk.evidence.WeightedCases;
import org.masswork.risk.matter.Matter;
import org.masswork.risk.matter.RiskLevel;
import org.masswork.risk.opinion.OpinionTotals;

/**
 * The three rules, each its own test of the matter on the figures it comes from (thresholds in
 * {@link RiskRules#threeRules()}); any check that holds blocks approval:
 * <ul>
 * <li>{@link DecisionRule#OBVIOUS_STABILITY_RISK} (不出台, every kind): the risk level is HIGH, or controllability
 * (可控性) is scored at most max-controllability-score.</li>
 * <li>{@link DecisionRule#UNBALANCED_INTERESTS} (不批准, projects and major decisions): reasonableness (合理性) at most
 * max-reasonableness-score; or the share of opposing opinions at least oppose-share; or the weighted open grievances
 * about land and housing in the affected villages at least open-grievances.</li>
 * <li>{@link DecisionRule#WASTEFUL_WORK} (不开展, projects and major decisions): feasibility (可行性: cost against
 * benefit) at most max-feasibility-score; or a budget per affected household of at least budget-per-household while
 * feasibility is below budget-needs-feasibility-score.</li>
 * <li>{@link DecisionRule#POLICY_NOT_UNDERSTOOD} (缓出台, policies): fewer than min-opinions opinions gathered; or the
 * share of opinions that oppose or do not understand the policy at least share.</li>
 * </ul>
 * Each check's reason is worded in both languages ({@link Text}), with the figures and codes alike in each.
 */
@ApplicationScoped
public class ThreeRules {

    private static final Text NO_OPINIONS = Text.of("尚未收集意见", "no opinions gathered yet");

    private final RiskRules rules;

    ThreeRules(RiskRules rules) {
        this.rules = rules;
    }

    /**
     * The rules that apply to the matter's kind, evaluated. {@code level} is the set level, or before it is set the
     * proposed one ({@code levelSet} false); {@code openCases} the weighed open cases of the affected villages.
     */
    public List<RuleEvaluation> evaluate(Matter matter, RiskLevel level, boolean levelSet, OpinionTotals opinions,
                                         List<WeightedCases> openCases) {
        ThreeRulesSettings settings = rules.threeRules();
        return Stream.of(DecisionRule.values()).filter(rule -> rule.appliesTo(matter.kind)).map(rule -> RuleEvaluation.of(rule,
                switch (rule) {
                    case OBVIOUS_STABILITY_RISK -> List.of(
                            level(level, levelSet),
                            scoreAtMost(RuleFigure.CONTROLLABILITY_SCORE, Text.of("可控性", "controllability"), matter.controllabilityScore,
                                    settings.obviousRisk().maxControllabilityScore()));
                    case UNBALANCED_INTERESTS -> List.of(
                            scoreAtMost(RuleFigure.REASONABLENESS_SCORE, Text.of("合理性", "reasonableness"), matter.reasonablenessScore,
                                    settings.unbalancedInterests().maxReasonablenessScore()),
                            opposeShare(opinions, settings.unbalancedInterests().opposeShare()),
                            grievances(openCases, settings.unbalancedInterests()));
                    case WASTEFUL_WORK -> List.of(
                            scoreAtMost(RuleFigure.FEASIBILITY_SCORE, Text.of("可行性", "feasibility"), matter.feasibilityScore,
                                    settings.wastefulWork().maxFeasibilityScore()),
                            budgetPerHousehold(matter, settings.wastefulWork()));
                    case POLICY_NOT_UNDERSTOOD -> List.of(
                            opinionsGathered(opinions, settings.policyNotUnderstood().minOpinions()),
                            notUnderstoodShare(opinions, settings.policyNotUnderstood().share()));
                })).toList();
    }

    public static List<RuleEvaluation> blocking(List<RuleEvaluation> evaluations) {
        return evaluations.stream().filter(RuleEvaluation::blocks).toList();
    }

    private static RuleCheck level(RiskLevel level, boolean levelSet) {
        if (level == null) {
            return RuleCheck.of(RuleFigure.RISK_LEVEL, null, Comparison.IS_HIGH, null, false, Text.of("尚无风险等级", "no risk level yet"));
        }
        boolean high = level == RiskLevel.HIGH;
        return RuleCheck.of(RuleFigure.RISK_LEVEL, null, Comparison.IS_HIGH, null, high, Text.of(
                fmt("%s为%s%s", levelSet ? "风险等级" : "建议风险等级（尚未确定）", level.label(), high ? "：有明显稳定风险" : ""),
                fmt("%s %s%s", levelSet ? "risk level" : "proposed risk level (not set yet)", level, high ? ": obvious stability risk" : "")));
    }

    private static RuleCheck scoreAtMost(RuleFigure figure, Text criterion, Integer score, int max) {
        if (score == null) {
            return RuleCheck.of(figure, null, Comparison.AT_MOST, (double) max, false,
                    Text.of(criterion.zh() + "：尚未记录分析", criterion.en() + ": no analysis recorded yet"));
        }
        return RuleCheck.of(figure, (double) score, Comparison.AT_MOST, (double) max, score <= max, Text.of(
                fmt("%s评分 %d 分（满分 5 分，%d 分及以下即成立）", criterion.zh(), score, max),
                fmt("%s scored %d of 5 (holds at %d or below)", criterion.en(), score, max)));
    }

    private static RuleCheck opposeShare(OpinionTotals opinions, double limit) {
        Double share = opinions.opposeShare();
        if (share == null) {
            return RuleCheck.of(RuleFigure.OPPOSE_SHARE, null, Comparison.AT_LEAST, limit, false, NO_OPINIONS);
        }
        return RuleCheck.of(RuleFigure.OPPOSE_SHARE, round(share), Comparison.AT_LEAST, limit, share >= limit, Text.of(
                fmt("受影响乡镇和村收集的 %d 条意见中 %d 条反对：%s（%s 起成立）", opinions.total(), opinions.oppose(), percent(share),
                        percent(limit)),
                fmt("%d of %d opinions gathered in the affected townships and villages oppose: %s (holds from %s)",
                        opinions.oppose(), opinions.total(), percent(share), percent(limit))));
    }

    /** The categories are case-service's codes, whose labels this service does not keep. */
    private static RuleCheck grievances(List<WeightedCases> openCases, RiskRules.UnbalancedInterests settings) {
        List<WeightedCases> grievances = CaseWeights.ofCategories(openCases, settings.grievanceCategories()).stream()
                .filter(c -> c.weighted() > 0).toList();
        double total = CaseWeights.total(grievances);
        List<String> categories = settings.grievanceCategories().stream().sorted().toList();
        List<Text> breakdown = grievances.stream().map(WeightedCases::describe).toList();
        return RuleCheck.of(RuleFigure.OPEN_GRIEVANCES, round(total), Comparison.AT_LEAST, settings.openGrievances(),
                total >= settings.openGrievances(), Text.of(
                        fmt("受影响村关于 %s 的未结案件和信访（加权）：%.1f（%.1f 起成立）%s", String.join("、", categories), total,
                                settings.openGrievances(), breakdown.isEmpty() ? ""
                                        : "：" + breakdown.stream().map(Text::zh).collect(Collectors.joining("，"))),
                        fmt("weighted open cases and petitions about %s in the affected villages: %.1f (holds from %.1f)%s",
                                String.join(", ", categories), total, settings.openGrievances(), breakdown.isEmpty() ? ""
                                        : ": " + breakdown.stream().map(Text::en).collect(Collectors.joining(", ")))));
    }

    private static RuleCheck budgetPerHousehold(Matter matter, RiskRules.WastefulWork settings) {
        double limit = settings.budgetPerHousehold();
        if (matter.budgetYuan == null || matter.householdsAffected == 0) {
            return RuleCheck.of(RuleFigure.BUDGET_PER_HOUSEHOLD, null, Comparison.AT_LEAST, limit, false,
                    matter.budgetYuan == null ? Text.of("未填写预算", "no budget given") : Text.of("无受影响户", "no households affected"));
        }
        double perHousehold = matter.budgetYuan.divide(BigDecimal.valueOf(matter.householdsAffected), 0, RoundingMode.HALF_UP)
                .doubleValue();
        Integer feasibility = matter.feasibilityScore;
        int needed = settings.budgetNeedsFeasibilityScore();
        boolean holds = perHousehold >= limit && feasibility != null && feasibility < needed;
        Text against = perHousehold < limit ? Text.of(fmt("低于 %,.0f 元", limit), fmt("below %,.0f", limit))
                : feasibility == null ? Text.of(fmt("达到 %,.0f 元时可行性须至少 %d 分；尚未记录分析", limit, needed),
                        fmt("from %,.0f feasibility must be at least %d; no analysis recorded yet", limit, needed))
                : Text.of(fmt("达到 %,.0f 元时可行性须至少 %d 分，评分 %d 分", limit, needed, feasibility),
                        fmt("from %,.0f feasibility must be at least %d, scored %d", limit, needed, feasibility));
        return RuleCheck.of(RuleFigure.BUDGET_PER_HOUSEHOLD, perHousehold, Comparison.AT_LEAST, limit, holds, Text.of(
                fmt("受影响户户均预算 %,.0f 元（%,.0f 元，%d 户）：%s", perHousehold, matter.budgetYuan.doubleValue(),
                        matter.householdsAffected, against.zh()),
                fmt("budget %,.0f yuan per affected household (%,.0f yuan for %d households): %s", perHousehold,
                        matter.budgetYuan.doubleValue(), matter.householdsAffected, against.en())));
    }

    private static RuleCheck opinionsGathered(OpinionTotals opinions, int minimum) {
        return RuleCheck.of(RuleFigure.OPINIONS_GATHERED, (double) opinions.total(), Comparison.BELOW, (double) minimum,
                opinions.total() < minimum, Text.of(
                        fmt("会议和调查共收集意见 %d 条（少于 %d 条即成立：无从知道多数群众是否理解支持该政策）", opinions.total(), minimum),
                        fmt("%d opinions gathered in meetings and surveys (holds below %d: then whether most people understand "
                                + "and support the policy is unknown)", opinions.total(), minimum)));
    }

    private static RuleCheck notUnderstoodShare(OpinionTotals opinions, double limit) {
        Double share = opinions.opposeOrNotUnderstoodShare();
        if (share == null) {
            return RuleCheck.of(RuleFigure.OPPOSE_OR_NOT_UNDERSTOOD_SHARE, null, Comparison.AT_LEAST, limit, false, NO_OPINIONS);
        }
        return RuleCheck.of(RuleFigure.OPPOSE_OR_NOT_UNDERSTOOD_SHARE, round(share), Comparison.AT_LEAST, limit, share >= limit,
                Text.of(fmt("%d 条意见中 %d 条反对（%d）或不理解（%d）该政策：%s（%s 起成立）", opinions.total(),
                                opinions.oppose() + opinions.notUnderstood(), opinions.oppose(), opinions.notUnderstood(),
                                percent(share), percent(limit)),
                        fmt("%d of %d opinions oppose (%d) or do not understand (%d) the policy: %s (holds from %s)",
                                opinions.oppose() + opinions.notUnderstood(), opinions.total(), opinions.oppose(),
                                opinions.notUnderstood(), percent(share), percent(limit))));
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

    private static String percent(double share) {
        return fmt("%.0f%%", share * 100);
    }

    /** Figures read the same whatever the machine's locale. */
    private static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
