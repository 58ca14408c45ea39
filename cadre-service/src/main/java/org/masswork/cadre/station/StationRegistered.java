package org.masswork.cadre.station;

import java.util.UUID;
import org.masswork.platform.event.DomainEvent;

/** A station now exists; other services keep their own directory of stations from this event. */
public record StationRegistered(
        UUID stationId,
        UUID countyId,
        String stationName,
        UUID villageId,
        String villageCode,
        String villageName,
        String villageKind,
        String villageType,
        UUID townshipId,
        String townshipName) implements DomainEvent {

    @Override
    public UUID aggregateId() {
        return stationId;
    }
}
