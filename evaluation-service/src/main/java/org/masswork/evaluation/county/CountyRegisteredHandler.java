package org.masswork.evaluation.county;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneId;
import org.masswork.platform.event.EventEnvelope;
import org.masswork.platform.inbox.EventHandler;

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
        KnownCounty county = counties.findByIdOptional(event.countyId()).orElseGet(KnownCounty::new);
        county.countyId = event.countyId();
        county.code = event.code();
        county.name = event.name();
        county.zone = ZoneId.of(event.zone()).getId(); // a zone Java does not know parks the event rather than every figure failing
        counties.persist(county);
    }
}
