package org.masswork.cases.casefile;

/** Where a case stands; {@link org.masswork.cases.lifecycle.CaseStateMachine} says how it moves. */
public enum CaseStatus {
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

    public String label() {
        return label;
    }
}
