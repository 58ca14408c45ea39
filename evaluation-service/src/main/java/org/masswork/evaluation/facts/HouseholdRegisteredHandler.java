package org.masswork.evaluation.facts;

import jakarta.enterprise.context.ApplicationScoped;
import org.masswork.platform.event.EventEnvelope;
import org.masswork.platform.inbox.EventHandler;

@ApplicationScoped
public class HouseholdRegisteredHandler implements EventHandler<HouseholdRegistered> {

    private final KnownHouseholdRepository households;

    HouseholdRegisteredHandler(KnownHouseholdRepository households) {
        this.households = households;
    }

    @Override
    public String eventType() {
        return "HouseholdRegistered";
    }

    @Override
    public Class<HouseholdRegistered> payloadType() {
        return HouseholdRegistered.class;
    }

    @Override
    public void handle(EventEnvelope envelope, HouseholdRegistered event) {
        KnownHousehold household = households.findByIdOptional(event.householdId()).orElseGet(KnownHousehold::new);
        household.householdId = event.householdId();
        household.countyId = envelope.county();
        household.villageId = event.villageId();
        household.stationId = event.stationId();
        household.townshipId = event.townshipId();
        households.persist(household);
    }
}
