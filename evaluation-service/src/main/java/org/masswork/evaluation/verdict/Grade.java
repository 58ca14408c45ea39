package org.masswork.evaluation.verdict;

import org.masswork.platform.language.Labelled;

public enum Grade implements Labelled {
    EXCELLENT("优秀"),
    COMPETENT("称职"),
    BASICALLY_COMPETENT("基本称职"),
    INCOMPETENT("不称职"),
    /** Too few ballots or too short a service to be graded ({@link NotGradedReason}): no grade, no consequence. */
    NOT_GRADED("不确定等次");

    private final String label;

    Grade(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
