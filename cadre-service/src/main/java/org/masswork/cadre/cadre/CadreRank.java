package org.masswork.cadre.cadre;

import org.masswork.platform.language.Labelled;

/** Rank of a cadre: a station leader must be section-level or a mid-level backbone. */
public enum CadreRank implements Labelled {
    SECTION_LEVEL("科级"),
    GENERAL("一般干部");

    private final String label;

    CadreRank(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
