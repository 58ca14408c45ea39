package org.masswork.cases.figures;

import org.masswork.platform.language.Labelled;

/**
 * What one row of the case figures covers: the levels of the figures' one grouping (PROVINCE, COUNTY, TOWNSHIP,
 * STATION, CADRE) that case figures have; another level is a 400 naming groupBy and listing these.
 */
public enum FiguresGrouping implements Labelled {
    PROVINCE("全省"),
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
