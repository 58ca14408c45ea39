package org.masswork.cadre.village;

/** Administrative village or urban community: each gets one station. */
public enum VillageKind {
    VILLAGE("行政村"),
    COMMUNITY("社区");

    private final String label;

    VillageKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
