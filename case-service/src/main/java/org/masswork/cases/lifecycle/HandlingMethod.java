package org.masswork.cases.lifecycle;

import org.masswork.platform.language.Labelled;

/** The way a step was handled. */
public enum HandlingMethod implements Labelled {
    VISIT_AND_TALK("上门沟通"),
    AID_AND_RELIEF("帮扶救济"),
    COUNSELLING("思想疏导"),
    LEAD_COORDINATION("牵头协调"),
    REPLY_WITH_FEEDBACK("反馈回复");

    private final String label;

    HandlingMethod(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
