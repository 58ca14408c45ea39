package org.masswork.cadre.village;

import org.masswork.platform.language.Labelled;

/** The type a village carries; it decides which department kind should be stationed there. */
public enum VillageType implements Labelled {
    DIFFICULT("难村"),
    DISORDERLY("乱村"),
    POOR("穷村"),
    SPECIALISED("专业村"),
    ORDINARY("普通村");

    private final String label;

    VillageType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
