package org.masswork.evaluation.facts;

import java.util.UUID;

/** evaluation-service's reading of cadre-service's StationRegistered (see docs/asyncapi.yaml). */
public record StationRegistered(UUID stationId, UUID villageId, UUID townshipId) {
}
