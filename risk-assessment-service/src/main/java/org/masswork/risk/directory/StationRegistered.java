package org.masswork.risk.directory;

import java.util.UUID;

/** risk-assessment-service's reading of cadre-service's StationRegistered event (see docs/asyncapi.yaml). */
public record StationRegistered(
        UUID stationId,
        UUID villageId,
        String villageCode,
        String villageName,
        UUID townshipId,
        String townshipName) {
}
