package org.masswork.cases.deadline;

import org.masswork.platform.language.Labelled;

/** A stored due date of a case. */
public enum DeadlineKind implements Labelled {
    ACCEPTANCE("受理告知期限"),
    WRITTEN_REPLY("书面答复期限"),
    REVIEW_ANSWER("复查答复期限"),
    RE_REVIEW_ANSWER("复核答复期限"),
    HANDLING("办理期限"),
    ERRAND("代办期限");

    private final String label;

    DeadlineKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
