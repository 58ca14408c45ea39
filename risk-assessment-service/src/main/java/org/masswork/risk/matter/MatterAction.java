package org.masswork.risk.matter;

import org.masswork.platform.language.Labelled;

/** The steps of the review. */
public enum MatterAction implements Labelled {
    PLAN("制定评估方案"),
    START_GATHERING("开始征求意见"),
    RECORD_MEETING("记录听证会或恳谈会"),
    RECORD_SURVEY("记录走访调查"),
    RECORD_ANALYSIS("分析论证"),
    SET_RISK_LEVEL("确定风险等级"),
    ASSIGN_MEASURE("落实化解措施责任人"),
    WRITE_REPORT("形成评估报告"),
    DECIDE("集体决策"),
    CARRY_OUT("实施"),
    REASSESS("重新评估");

    private final String label;

    MatterAction(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
