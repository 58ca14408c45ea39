package org.masswork.cases.figures;

/** What one row of the figures covers. */
public enum FiguresGrouping {
    COUNTY("全县"),
    TOWNSHIP("乡镇"),
    STATION("工作站");

    private final String label;

    FiguresGrouping(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
