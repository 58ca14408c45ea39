package org.masswork.cases.casefile;

import org.masswork.platform.language.Labelled;

/** Where a case stands; {@link org.masswork.cases.lifecycle.CaseStateMachine} says how it moves. */
public enum CaseStatus implements Labelled {
    RECEIVED("已登记"),
    ACCEPTED("已受理"),
    NOT_ACCEPTED("不予受理"),
    IN_PROGRESS("办理中"),
    RESOLVED("已办结"),
    CLOSED("已结案");

    private final String label;

    CaseStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
