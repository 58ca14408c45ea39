package org.masswork.cases.lifecycle;

/** Why a case was reopened. */
public enum ReopenReason {
    UNSATISFIED_RATING("群众不满意"),
    HANDLER_DECISION("经办人重新办理");

    private final String label;

    ReopenReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
