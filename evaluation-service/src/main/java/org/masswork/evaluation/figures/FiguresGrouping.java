package org.masswork.evaluation.figures;

import org.masswork.platform.language.Labelled;

/** What one row of the figures covers (the figures convention's {@code groupBy}, the same codes in every service). */
public enum FiguresGrouping implements Labelled {
    COUNTY("全县"),
    TOWNSHIP("乡镇"),
    STATION("工作站"),
    CADRE("干部");

    private final String label;

    FiguresGrouping(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
