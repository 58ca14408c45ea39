package org.masswork.risk.matter.rules;

import java.util.List;
import java.util.stream.Collectors;
import org.masswork.platform.language.Text;
import org.masswork.platform.problem.ProblemException;

/**
 * 422: one or more of the three rules block approving the matter. The problem's type names the first that blocks
 * (in {@link DecisionRule}'s order); the detail and {@code errors} (field {@code decision}, one per blocking rule) say
 * which checks hold on which figures; the body also lists every rule evaluated ({@link ApprovalRefusedProblem}).
 */
public class ApprovalRefused extends ProblemException {

    private static final Text TITLE = Text.of("违反业务规则", "Business rule violated");
    private static final int MAX_DETAIL = 2000;
    private static final int MAX_REASON = 500;

    private final List<RuleEvaluation> rules;

    public ApprovalRefused(List<RuleEvaluation> rules) {
        super(422, ThreeRules.blocking(rules).get(0).rule().problemCode(), TITLE, detail(rules), ThreeRules.blocking(rules).stream()
                .map(rule -> new FieldReason("decision", bounded(rule.describe(), MAX_REASON)))
                .toList());
        this.rules = List.copyOf(rules);
    }

    public List<RuleEvaluation> rules() {
        return rules;
    }

    public List<DecisionRule> blockedBy() {
        return ThreeRules.blocking(rules).stream().map(RuleEvaluation::rule).toList();
    }

    /** Names the blocking rules; each error says which of its checks hold. */
    private static Text detail(List<RuleEvaluation> rules) {
        List<DecisionRule> blocking = ThreeRules.blocking(rules).stream().map(RuleEvaluation::rule).toList();
        return bounded(Text.of("三项规则否决批准，请否决或暂缓该事项；否决的规则：" + blocking.stream().map(DecisionRule::label)
                        .collect(Collectors.joining("、")),
                "APPROVE is refused by the three rules; veto or postpone the matter. Blocking: " + blocking.stream()
                        .map(DecisionRule::name).collect(Collectors.joining(", "))), MAX_DETAIL);
    }

    private static Text bounded(Text text, int max) {
        return Text.of(bounded(text.zh(), max), bounded(text.en(), max));
    }

    private static String bounded(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
