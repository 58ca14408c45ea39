package org.masswork.risk.matter;

import org.masswork.platform.language.Labelled;

/** The steps taken through {@code POST /transitions}; every other step has its own endpoint with its own body. */
public enum TransitionAction implements Labelled {
    START_GATHERING(MatterAction.START_GATHERING),
    CARRY_OUT(MatterAction.CARRY_OUT),
    REASSESS(MatterAction.REASSESS);

    private final MatterAction step;

    TransitionAction(MatterAction step) {
        this.step = step;
    }

    /** The step of the review this is. */
    public MatterAction step() {
        return step;
    }

    @Override
    public String label() {
        return step.label();
    }
}
