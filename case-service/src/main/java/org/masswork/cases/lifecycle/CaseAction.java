package org.masswork.cases.lifecycle;

import org.masswork.platform.language.Labelled;

/** Everything that can be done to a case; each is a timeline entry. {@link CaseStateMachine} says when. */
public enum CaseAction implements Labelled {
    OPEN("登记"),
    ACCEPT("受理"),
    REJECT("不予受理"),
    START("开始办理"),
    ESCALATE("上报"),
    DE_ESCALATE("交回下级"),
    RESOLVE("办结"),
    CLOSE("结案"),
    REOPEN("重新办理"),
    RATE("满意度评价"),
    RECORD_ERRAND_STEP("代办进展"),
    EXTEND_DEADLINE("延长办理期限"),
    RECORD_REVIEW_STEP("复查复核"),
    RECORD_PETITION_OUTCOME("信访结果"),
    RETURN_CALL("回访"),
    HAND_OVER("移交经办人");

    private final String label;

    CaseAction(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
