package org.masswork.risk.opinion;

/** How opinion was gathered in a meeting. */
public enum MeetingKind {
    HEARING("听证会"),
    CONSULTATION("恳谈会");

    private final String label;

    MeetingKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
