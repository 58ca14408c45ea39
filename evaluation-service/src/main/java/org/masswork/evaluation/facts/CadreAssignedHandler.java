package org.masswork.evaluation.facts;

import jakarta.enterprise.context.ApplicationScoped;
import org.masswork.platform.event.EventEnvelope;
import org.masswork.platform.inbox.EventHandler;

/** Keeps the stationing; an end that arrived first is left in place. */
@ApplicationScoped
public class CadreAssignedHandler implements EventHandler<CadreAssigned> {

    private final StationingRepository stationings;

    CadreAssignedHandler(StationingRepository stationings) {
        this.stationings = stationings;
    }

    @Override
    public String eventType() {
        return "CadreAssigned";
    }

    @Override
    public Class<CadreAssigned> payloadType() {
        return CadreAssigned.class;
    }

    @Override
    public void handle(EventEnvelope envelope, CadreAssigned event) {
        Stationing stationing = stationings.findOrNew(event.assignmentId());
        stationing.countyId = envelope.county();
        stationing.cadreId = event.cadreId();
        stationing.stationId = event.stationId();
        stationing.villageId = event.villageId();
        stationing.townshipId = event.townshipId();
        stationing.role = event.role();
        stationing.startsOn = event.startsOn();
        stationings.persist(stationing);
    }
}
