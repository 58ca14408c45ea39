package org.masswork.risk.figures;

import org.masswork.platform.language.Labelled;

/**
 * What one row of the risk figures covers: the levels of the figures' one grouping (PROVINCE, COUNTY, TOWNSHIP,
 * STATION, CADRE) that review figures have; another level is a 400 naming groupBy and listing these.
 */
public enum FiguresGrouping implements Labelled {
    COUNTY("全县"),
    TOWNSHIP("乡镇"),
    PROVINCE("全省");

    private final String label;

    FiguresGrouping(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
