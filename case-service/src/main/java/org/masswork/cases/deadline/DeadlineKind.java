package org.masswork.cases.deadline;

/** A stored due date of a case. */
public enum DeadlineKind {
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

    public String label() {
        return label;
    }
}
