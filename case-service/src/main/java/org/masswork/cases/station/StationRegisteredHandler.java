package org.masswork.cases.station;

import jakarta.enterprise.context.ApplicationScoped;
import org.masswork.cases.CaseRules;
import org.masswork.platform.county.KnownCounties;
import org.masswork.platform.event.EventEnvelope;
import org.masswork.platform.inbox.EventHandler;

/** Adds a newly registered station to the directory, or refreshes it if already known. */
@ApplicationScoped
public class StationRegisteredHandler implements EventHandler<StationRegistered> {

    private final KnownStationRepository stations;
    private final KnownCounties counties;
    private final CaseRules rules;

    StationRegisteredHandler(KnownStationRepository stations, KnownCounties counties, CaseRules rules) {
        this.stations = stations;
        this.counties = counties;
        this.rules = rules;
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
        station.name = event.stationName();
        station.villageId = event.villageId();
        station.villageName = event.villageName();
        station.villageType = event.villageType();
        station.townshipId = event.townshipId();
        station.townshipName = event.townshipName();
        station.countyId = envelope.county();
        station.registeredAt = envelope.time();
        stations.save(station);
        counties.findOrAdd(station.countyId, rules.zone());
    }
}
