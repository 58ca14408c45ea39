package org.masswork.risk.opinion;

/** An opinion on the matter. */
public enum Stance {
    SUPPORT("支持"),
    OPPOSE("反对"),
    SUPPORT_WITH_CONDITIONS("有条件支持");

    private final String label;

    Stance(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
