package org.masswork.cadre.rotation;

import java.time.LocalDate;
import java.util.UUID;
import org.masswork.platform.event.DomainEvent;

/**
 * A station passed from its outgoing cadre to a successor: case-service hands the outgoing cadre's open cases at the
 * station to the successor. Keyed by the station, so a station's handovers are read in the order they were made.
 */
public record StationHandedOver(
        UUID handoverId,
        UUID countyId,
        UUID stationId,
        UUID villageId,
        UUID townshipId,
        UUID outgoingAssignmentId,
        UUID outgoingCadreId,
        UUID successorAssignmentId,
        UUID successorCadreId,
        String role,
        LocalDate handedOverOn,
        int cardsReissued) implements DomainEvent {

    @Override
    public UUID aggregateId() {
        return stationId;
    }
}
