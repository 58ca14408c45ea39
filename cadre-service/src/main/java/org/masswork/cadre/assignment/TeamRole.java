package org.masswork.cadre.assignment;

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
