package org.masswork.evaluation.figures;

import java.util.UUID;

/** The county, township, station and cadre the figures are narrowed to, each null when not narrowed; after the scope check. */
public record Narrowing(UUID countyId, UUID townshipId, UUID stationId, UUID cadreId) {

    /** Whether the rows of the grouping are whole counties, each or as the province: what the county rollups hold (V12–V14). */
    public boolean wholeCounties(FiguresGrouping groupBy) {
        return (groupBy == FiguresGrouping.COUNTY || groupBy == FiguresGrouping.PROVINCE)
                && townshipId == null && stationId == null && cadreId == null;
    }

    public static Narrowing station(UUID countyId, UUID stationId) {
        return new Narrowing(countyId, null, stationId, null);
    }
}
