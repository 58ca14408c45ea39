package org.masswork.risk.matter.rules;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.masswork.platform.language.Language;

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

    /** With the Chinese labels, as decisions and events keep it; {@link #in(Language)} for a reader. */
    public static RuleEvaluation of(DecisionRule rule, List<RuleCheck> checks) {
        RuleOutcome outcome = checks.stream().anyMatch(RuleCheck::triggered) ? RuleOutcome.BLOCKS_APPROVAL : RuleOutcome.PASSES;
        return new RuleEvaluation(rule, rule.label(), rule.consequence(), rule.consequence().label(), outcome, outcome.label(),
                List.copyOf(checks));
    }

    /** As shown to a reader of {@code language}. */
    public RuleEvaluation in(Language language) {
        return new RuleEvaluation(rule, rule.label(language), consequence, consequence.label(language), outcome,
                outcome.label(language), checks.stream().map(check -> check.in(language)).toList());
    }

    public boolean blocks() {
        return outcome == RuleOutcome.BLOCKS_APPROVAL;
    }

    /** "UNBALANCED_INTERESTS (Unbalanced interests): reason; reason", the checks that hold. */
    public String describe() {
        return "%s (%s): %s".formatted(rule, rule.englishLabel(), String.join("; ",
                checks.stream().filter(RuleCheck::triggered).map(RuleCheck::reason).toList()));
    }

    /** As {@link #describe()}, led by the rule's Chinese label (the checks' figures are worded in English only). */
    public String describeZh() {
        return "%s（%s）：%s".formatted(rule.label(), rule, String.join("；",
                checks.stream().filter(RuleCheck::triggered).map(RuleCheck::reason).toList()));
    }
}
