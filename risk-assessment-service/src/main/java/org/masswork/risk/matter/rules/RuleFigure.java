package org.masswork.risk.matter.rules;

import org.masswork.platform.language.Labelled;

/** A figure of the analysis, the opinions or the evidence that a rule checks against its threshold. */
public enum RuleFigure implements Labelled {
    RISK_LEVEL("风险等级"),
    CONTROLLABILITY_SCORE("可控性评分"),
    REASONABLENESS_SCORE("合理性评分"),
    OPPOSE_SHARE("反对意见占比"),
    OPEN_GRIEVANCES("受影响村未结土地、拆迁诉求（加权）"),
    FEASIBILITY_SCORE("可行性评分"),
    BUDGET_PER_HOUSEHOLD("户均投入（元）"),
    OPINIONS_GATHERED("收集意见数"),
    OPPOSE_OR_NOT_UNDERSTOOD_SHARE("反对及不理解意见占比");

    private final String label;

    RuleFigure(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
