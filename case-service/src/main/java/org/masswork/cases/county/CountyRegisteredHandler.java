package org.masswork.cases.county;

import jakarta.enterprise.context.ApplicationScoped;
import org.masswork.platform.event.EventEnvelope;
import org.masswork.platform.inbox.EventHandler;

/** Adds a newly registered county, or names one its stations made known first. */
@ApplicationScoped
public class CountyRegisteredHandler implements EventHandler<CountyRegistered> {

    private final KnownCountyRepository counties;

    CountyRegisteredHandler(KnownCountyRepository counties) {
        this.counties = counties;
    }

    @Override
    public String eventType() {
        return "CountyRegistered";
    }

    @Override
    public Class<CountyRegistered> payloadType() {
        return CountyRegistered.class;
    }

    @Override
    public void handle(EventEnvelope envelope, CountyRegistered event) {
        KnownCounty county = counties.findOrAdd(event.countyId());
        county.code = event.code();
        county.name = event.name();
        county.zone = event.zone();
        county.registeredAt = envelope.time();
        counties.changed();
    }
}
