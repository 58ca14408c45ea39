package org.masswork.evaluation.figures;

import java.util.UUID;

/** The county, township, station and cadre the figures are narrowed to, each null when not narrowed; after the scope check. */
public record Narrowing(UUID countyId, UUID townshipId, UUID stationId, UUID cadreId) {

    public static Narrowing station(UUID countyId, UUID stationId) {
        return new Narrowing(countyId, null, stationId, null);
    }
}
