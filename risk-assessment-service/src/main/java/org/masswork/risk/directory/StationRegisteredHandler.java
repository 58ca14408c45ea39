package org.masswork.risk.directory;

import jakarta.enterprise.context.ApplicationScoped;
import org.masswork.platform.event.EventEnvelope;
import org.masswork.platform.inbox.EventHandler;

/** Adds the station's village and township to the directory, in the event's county, or refreshes them if already known. */
@ApplicationScoped
public class StationRegisteredHandler implements EventHandler<StationRegistered> {

    private final KnownVillageRepository villages;

    StationRegisteredHandler(KnownVillageRepository villages) {
        this.villages = villages;
    }

    @Override
    public String eventType() {
        return "StationRegistered";
    }

    @Override
    public Class<StationRegistered> payloadType() {
        return StationRegistered.class;
    }

    @Override
    public void handle(EventEnvelope envelope, StationRegistered event) {
        KnownVillage village = villages.findByIdOptional(event.villageId()).orElseGet(KnownVillage::new);
        village.villageId = event.villageId();
        village.countyId = envelope.county();
        village.villageCode = event.villageCode();
        village.villageName = event.villageName();
        village.stationId = event.stationId();
        village.townshipId = event.townshipId();
        village.townshipName = event.townshipName();
        villages.persist(village);
    }
}
