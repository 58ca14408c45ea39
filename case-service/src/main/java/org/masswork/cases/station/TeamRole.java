package org.masswork.cases.station;

/** A cadre's place in a station team, as cadre-service assigns it. */
public enum TeamRole {
    LEADER("组长"),
    MEMBER("组员");

    private final String label;

    TeamRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
