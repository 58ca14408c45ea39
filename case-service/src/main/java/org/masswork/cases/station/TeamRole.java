package org.masswork.cases.station;

import org.masswork.platform.language.Labelled;

/** A cadre's place in a station team, as cadre-service assigns it. */
public enum TeamRole implements Labelled {
    LEADER("组长"),
    MEMBER("组员");

    private final String label;

    TeamRole(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
