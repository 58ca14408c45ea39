package org.masswork.evaluation.facts;

import jakarta.enterprise.context.ApplicationScoped;
import org.masswork.platform.event.EventEnvelope;
import org.masswork.platform.inbox.EventHandler;

/** Ends the stationing, even if its CadreAssigned has not arrived yet. */
@ApplicationScoped
public class AssignmentEndedHandler implements EventHandler<AssignmentEnded> {

    private final StationingRepository stationings;

    AssignmentEndedHandler(StationingRepository stationings) {
        this.stationings = stationings;
    }

    @Override
    public String eventType() {
        return "AssignmentEnded";
    }

    @Override
    public Class<AssignmentEnded> payloadType() {
        return AssignmentEnded.class;
    }

    @Override
    public void handle(EventEnvelope envelope, AssignmentEnded event) {
        Stationing stationing = stationings.findOrNew(event.assignmentId());
        stationing.countyId = envelope.county();
        stationing.cadreId = event.cadreId();
        stationing.stationId = event.stationId();
        stationing.villageId = event.villageId();
        stationing.townshipId = event.townshipId();
        stationing.endedOn = event.endedOn();
        stationings.persist(stationing);
    }
}
