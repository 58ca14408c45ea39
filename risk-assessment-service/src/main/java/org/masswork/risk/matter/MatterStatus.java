package org.masswork.risk.matter;

import org.masswork.platform.language.Labelled;

/** Where a matter stands in the review; MatterStateMachine says how it moves. */
public enum MatterStatus implements Labelled {
    REGISTERED("已登记"),
    ASSESSMENT_PLAN("制定评估方案"),
    GATHERING_OPINION("征求意见"),
    ANALYSIS("分析论证"),
    RISK_LEVEL_SET("确定风险等级"),
    REPORT("形成评估报告"),
    COLLECTIVE_DECISION("集体决策"),
    MONITORING("实施跟踪");

    private final String label;

    MatterStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
