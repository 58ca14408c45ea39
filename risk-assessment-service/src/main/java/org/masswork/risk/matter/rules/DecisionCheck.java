package org.masswork.risk.matter.rules;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.masswork.platform.language.Text;

/** A check of a rule as a decision kept it, its reason in both languages (the rule's evaluation is its checks together). */
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

    @Column(name = "reason_zh", nullable = false)
    public String reasonZh;

    @Column(name = "reason_en", nullable = false)
    public String reasonEn;

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
            row.reasonZh = check.wording().zh();
            row.reasonEn = check.wording().en();
            rows.add(row);
        }));
        return rows;
    }

    public static List<RuleEvaluation> evaluations(List<DecisionCheck> rows) {
        Map<DecisionRule, List<RuleCheck>> byRule = new LinkedHashMap<>();
        rows.forEach(row -> byRule.computeIfAbsent(row.rule, rule -> new ArrayList<>())
                .add(RuleCheck.of(row.figure, row.value, row.comparison, row.limit, row.triggered,
                        Text.of(row.reasonZh, row.reasonEn))));
        return byRule.entrySet().stream().map(entry -> RuleEvaluation.of(entry.getKey(), entry.getValue())).toList();
    }
}
