package org.masswork.risk.matter.rules;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.masswork.platform.language.Language;
import org.masswork.platform.language.Text;

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

    /**
     * The checks that hold: "UNBALANCED_INTERESTS (Unbalanced interests): reason; reason", in Chinese
     * "利益严重失衡的项目不批准：reason；reason".
     */
    public Text describe() {
        List<Text> holding = checks.stream().filter(RuleCheck::triggered).map(RuleCheck::wording).toList();
        return Text.of("%s：%s".formatted(rule.label(), String.join("；", holding.stream().map(Text::zh).toList())),
                "%s (%s): %s".formatted(rule, rule.englishLabel(), String.join("; ", holding.stream().map(Text::en).toList())));
    }
}
