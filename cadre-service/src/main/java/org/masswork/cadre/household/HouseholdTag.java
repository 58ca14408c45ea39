package org.masswork.cadre.household;

import org.masswork.platform.language.Labelled;

/** Marks a key household (重点户) the station team follows closely. */
public enum HouseholdTag implements Labelled {
    ELDERLY_ALONE("独居老人"),
    LOW_INCOME("低保户"),
    DISPUTE("矛盾纠纷户"),
    DISABLED("残疾人"),
    LEFT_BEHIND_CHILD("留守儿童"),
    OTHER("其他");

    private final String label;

    HouseholdTag(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
