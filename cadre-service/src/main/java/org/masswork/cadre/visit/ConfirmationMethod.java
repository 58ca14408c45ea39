package org.masswork.cadre.visit;

import org.masswork.platform.language.Labelled;

/** How the household confirmed that the visit took place. */
public enum ConfirmationMethod implements Labelled {
    CODE("联系卡确认码"),
    COUNTERSIGNATURE("户主签字");

    private final String label;

    ConfirmationMethod(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
