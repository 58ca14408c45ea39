package org.masswork.risk.opinion;

import org.masswork.platform.language.Labelled;

/** How opinion was gathered in a meeting. */
public enum MeetingKind implements Labelled {
    HEARING("听证会"),
    CONSULTATION("恳谈会");

    private final String label;

    MeetingKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
