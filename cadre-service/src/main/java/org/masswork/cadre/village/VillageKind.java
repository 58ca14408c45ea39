package org.masswork.cadre.village;

import org.masswork.platform.language.Labelled;

/** Administrative village or urban community: each gets one station. */
public enum VillageKind implements Labelled {
    VILLAGE("行政村"),
    COMMUNITY("社区");

    private final String label;

    VillageKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
