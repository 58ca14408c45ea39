package org.masswork.cadre.village;

import java.util.UUID;
import org.masswork.platform.event.DomainEvent;

public record VillageTypeChanged(
        UUID villageId,
        UUID countyId,
        UUID townshipId,
        String fromType,
        String toType) implements DomainEvent {

    @Override
    public UUID aggregateId() {
        return villageId;
    }
}
