package org.masswork.evaluation.verdict;

import org.masswork.platform.language.Labelled;

public enum Consequence implements Labelled {
    RECOMMEND_PROMOTION("推荐提拔重用"),
    NO_ACTION("无"),
    ADMONISHMENT_TALK("诫勉谈话"),
    APPOINTMENT_CANCELLED_OR_POSTPONED("取消或推迟任用"),
    /** The cadre was not graded: the round has no consequence for them, good or bad. */
    NOT_APPLICABLE("不适用（未定等次）");

    private final String label;

    Consequence(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
