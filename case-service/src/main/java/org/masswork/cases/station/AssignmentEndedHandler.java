package org.masswork.cases.station;

import jakarta.enterprise.context.ApplicationScoped;
import org.masswork.platform.event.EventEnvelope;
import org.masswork.platform.inbox.EventHandler;

/** Ends a cadre's assignment, even one whose CadreAssigned has not arrived yet: it will then never serve. */
@ApplicationScoped
public class AssignmentEndedHandler implements EventHandler<AssignmentEnded> {

    private final StationCadreRepository assignments;

    AssignmentEndedHandler(StationCadreRepository assignments) {
        this.assignments = assignments;
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
        StationCadre assignment = assignments.findOrNew(event.assignmentId());
        assignment.cadreId = event.cadreId();
        assignment.stationId = event.stationId();
        assignment.townshipId = event.townshipId();
        assignment.countyId = envelope.county();
        assignment.endedOn = event.endedOn();
        assignment.endedAt = envelope.time();
        assignments.save(assignment);
    }
}
