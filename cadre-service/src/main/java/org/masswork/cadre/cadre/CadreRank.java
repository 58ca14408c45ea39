package org.masswork.cadre.cadre;

/** Rank of a cadre: a station leader must be section-level or a mid-level backbone. */
public enum CadreRank {
    SECTION_LEVEL("科级"),
    GENERAL("一般干部");

    private final String label;

    CadreRank(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
