package org.masswork.cases.figures;

import org.masswork.platform.language.Labelled;

/** What one row of the figures covers. */
public enum FiguresGrouping implements Labelled {
    COUNTY("全县"),
    TOWNSHIP("乡镇"),
    STATION("工作站");

    private final String label;

    FiguresGrouping(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
