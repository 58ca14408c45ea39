package org.masswork.cases.lifecycle;

import org.masswork.platform.language.Labelled;

/** Why a case was reopened. */
public enum ReopenReason implements Labelled {
    UNSATISFIED_RATING("群众不满意"),
    HANDLER_DECISION("经办人重新办理");

    private final String label;

    ReopenReason(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
