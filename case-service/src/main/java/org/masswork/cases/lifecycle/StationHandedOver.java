package org.masswork.cases.lifecycle;

import java.time.LocalDate;
import java.util.UUID;

/** case-service's reading of cadre-service's StationHandedOver event (see docs/asyncapi.yaml). */
public record StationHandedOver(
        UUID handoverId,
        UUID stationId,
        UUID outgoingCadreId,
        UUID successorCadreId,
        LocalDate handedOverOn) {
}
