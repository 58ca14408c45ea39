package org.masswork.platform.county;

import jakarta.enterprise.context.ApplicationScoped;
import org.masswork.platform.event.EventEnvelope;
import org.masswork.platform.inbox.EventHandler;

/** Keeps each county cadre-service registers, in every service that consumes cadre-service's events. */
@ApplicationScoped
public class CountyRegisteredHandler implements EventHandler<CountyRegistered> {

    private final KnownCounties counties;

    CountyRegisteredHandler(KnownCounties counties) {
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
        counties.register(event);
    }
}
