package org.masswork.cadre.assignment;

import org.masswork.platform.language.Labelled;

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
