package org.masswork.risk.matter.rules;

import java.util.List;
import java.util.stream.Collectors;
import org.masswork.platform.problem.Problem;
import org.masswork.platform.problem.ProblemException;

/**
 * 422: one or more of the three rules block approving the matter. The problem's type names the first that blocks
 * (in {@link DecisionRule}'s order); the detail and {@code errors} (field {@code decision}, one per blocking rule) say
 * which checks hold on which figures; the body also lists every rule evaluated ({@link ApprovalRefusedProblem}).
 */
public class ApprovalRefused extends ProblemException {

    private static final int MAX_DETAIL = 2000;
    private static final int MAX_REASON = 500;

    private final List<RuleEvaluation> rules;

    public ApprovalRefused(List<RuleEvaluation> rules) {
        super(422, ThreeRules.blocking(rules).get(0).rule().problemCode(), "Business rule violated", detail(rules),
                ThreeRules.blocking(rules).stream()
                        .map(rule -> new Problem.FieldError("decision", bounded(rule.describe(), MAX_REASON))).toList());
        this.rules = List.copyOf(rules);
    }

    public List<RuleEvaluation> rules() {
        return rules;
    }

    public List<DecisionRule> blockedBy() {
        return ThreeRules.blocking(rules).stream().map(RuleEvaluation::rule).toList();
    }

    private static String detail(List<RuleEvaluation> rules) {
        return bounded("APPROVE is refused by the three rules; veto or postpone the matter. " + ThreeRules.blocking(rules).stream()
                .map(RuleEvaluation::describe).collect(Collectors.joining(". ")), MAX_DETAIL);
    }

    private static String bounded(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
