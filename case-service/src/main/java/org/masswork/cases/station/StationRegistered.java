package org.masswork.cases.station;

import java.util.UUID;

/** case-service's reading of cadre-service's StationRegistered event (see docs/asyncapi.yaml). */
public record StationRegistered(
        UUID stationId,
        String stationName,
        UUID villageId,
        String villageName,
        String villageType,
        UUID townshipId,
        String townshipName) {
}
