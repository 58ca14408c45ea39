package org.masswork.risk.matter.rules;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A check of a rule as a decision kept it (the rule's evaluation is its checks together). */
@Embeddable
public class DecisionCheck {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DecisionRule rule;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RuleFigure figure;

    public Double value;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Comparison comparison;

    @Column(name = "limit_value")
    public Double limit;

    @Column(nullable = false)
    public boolean triggered;

    @Column(nullable = false)
    public String reason;

    public static List<DecisionCheck> of(List<RuleEvaluation> evaluations) {
        List<DecisionCheck> rows = new ArrayList<>();
        evaluations.forEach(evaluation -> evaluation.checks().forEach(check -> {
            DecisionCheck row = new DecisionCheck();
            row.rule = evaluation.rule();
            row.figure = check.figure();
            row.value = check.value();
            row.comparison = check.comparison();
            row.limit = check.limit();
            row.triggered = check.triggered();
            row.reason = check.reason();
            rows.add(row);
        }));
        return rows;
    }

    public static List<RuleEvaluation> evaluations(List<DecisionCheck> rows) {
        Map<DecisionRule, List<RuleCheck>> byRule = new LinkedHashMap<>();
        rows.forEach(row -> byRule.computeIfAbsent(row.rule, rule -> new ArrayList<>())
                .add(RuleCheck.of(row.figure, row.value, row.comparison, row.limit, row.triggered, row.reason)));
        return byRule.entrySet().stream().map(entry -> RuleEvaluation.of(entry.getKey(), entry.getValue())).toList();
    }
}
