package org.masswork.evaluation.facts;

import jakarta.enterprise.context.ApplicationScoped;
import org.masswork.platform.event.EventEnvelope;
import org.masswork.platform.inbox.EventHandler;

@ApplicationScoped
public class StationRegisteredHandler implements EventHandler<StationRegistered> {

    private final KnownStationRepository stations;

    StationRegisteredHandler(KnownStationRepository stations) {
        this.stations = stations;
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
        KnownStation station = stations.findByIdOptional(event.stationId()).orElseGet(KnownStation::new);
        station.stationId = event.stationId();
        station.countyId = envelope.county();
        station.villageId = event.villageId();
        station.townshipId = event.townshipId();
        stations.persist(station);
    }
}
