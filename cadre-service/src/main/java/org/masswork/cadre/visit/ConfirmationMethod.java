package org.masswork.cadre.visit;

/** How the household confirmed that the visit took place. */
public enum ConfirmationMethod {
    CODE("联系卡确认码"),
    COUNTERSIGNATURE("户主签字");

    private final String label;

    ConfirmationMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
