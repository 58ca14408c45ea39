package org.masswork.cadre.household;

import java.util.UUID;
import org.masswork.platform.event.DomainEvent;

/**
 * A household of a village is known. Ids only: evaluation-service draws the people's representatives
 * from these, and whoever needs the head's name asks cadre-service, in scope and audited.
 */
public record HouseholdRegistered(
        UUID householdId,
        UUID countyId,
        UUID villageId,
        UUID stationId,
        UUID townshipId) implements DomainEvent {

    @Override
    public UUID aggregateId() {
        return householdId;
    }
}
