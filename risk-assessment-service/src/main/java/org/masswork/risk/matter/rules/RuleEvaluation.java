package org.masswork.risk.matter.rules;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One of the three rules evaluated on a matter: its checks, and whether any holds (then approval is blocked). */
@Schema(name = "RuleEvaluation")
public record RuleEvaluation(
        DecisionRule rule,
        @Schema(maxLength = 40) String ruleLabel,
        RuleConsequence consequence,
        @Schema(maxLength = 10) String consequenceLabel,
        RuleOutcome outcome,
        @Schema(maxLength = 10) String outcomeLabel,
        @Schema(maxItems = 5) List<RuleCheck> checks) {

    public static RuleEvaluation of(DecisionRule rule, List<RuleCheck> checks) {
        RuleOutcome outcome = checks.stream().anyMatch(RuleCheck::triggered) ? RuleOutcome.BLOCKS_APPROVAL : RuleOutcome.PASSES;
        return new RuleEvaluation(rule, rule.displayLabel(), rule.consequence(), rule.consequence().displayLabel(), outcome, outcome.displayLabel(),
                List.copyOf(checks));
    }

    public boolean blocks() {
        return outcome == RuleOutcome.BLOCKS_APPROVAL;
    }

    /** "UNBALANCED_INTERESTS (利益严重失衡的项目不批准): reason; reason", the checks that hold. */
    public String describe() {
        return "%s (%s): %s".formatted(rule, ruleLabel, String.join("; ",
                checks.stream().filter(RuleCheck::triggered).map(RuleCheck::reason).toList()));
    }

    /** As {@link #describe()}, led by the rule's Chinese label (the checks' figures are worded in English only). */
    public String describeZh() {
        return "%s（%s）：%s".formatted(rule.label(), rule, String.join("；",
                checks.stream().filter(RuleCheck::triggered).map(RuleCheck::reason).toList()));
    }
}
