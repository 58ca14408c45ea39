package org.masswork.evaluation.figures;

import java.util.UUID;

/** The township, station and cadre the figures are narrowed to, each null when not narrowed; after the scope check. */
public record Narrowing(UUID townshipId, UUID stationId, UUID cadreId) {

    public static Narrowing station(UUID stationId) {
        return new Narrowing(null, stationId, null);
    }
}
