package org.masswork.cadre.county;

import java.util.UUID;
import org.masswork.platform.event.DomainEvent;

/** A county now belongs to the province's deployment; other services keep its zone from this event (known_county). */
public record CountyRegistered(UUID countyId, String code, String name, String zone) implements DomainEvent {

    @Override
    public UUID aggregateId() {
        return countyId;
    }

    @Override
    public UUID countyId() {
        return countyId;
    }
}
