package org.masswork.cases.lifecycle;

/**
 * The steps taken through {@code POST /transitions}; every other step of {@link CaseAction} (opening, rating, errand
 * and review steps, petition outcomes, return calls, extensions) has its own endpoint with its own body.
 */
public enum TransitionAction {
    ACCEPT(CaseAction.ACCEPT),
    REJECT(CaseAction.REJECT),
    START(CaseAction.START),
    ESCALATE(CaseAction.ESCALATE),
    DE_ESCALATE(CaseAction.DE_ESCALATE),
    RESOLVE(CaseAction.RESOLVE),
    CLOSE(CaseAction.CLOSE),
    REOPEN(CaseAction.REOPEN),
    HAND_OVER(CaseAction.HAND_OVER);

    private final CaseAction step;

    TransitionAction(CaseAction step) {
        this.step = step;
    }

    /** The step of the case's life this is. */
    public CaseAction step() {
        return step;
    }

    public String label() {
        return step.label();
    }
}
