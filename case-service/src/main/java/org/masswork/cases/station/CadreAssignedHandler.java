package org.masswork.cases.station;

import jakarta.enterprise.context.ApplicationScoped;
import org.masswork.platform.event.EventEnvelope;
import org.masswork.platform.inbox.EventHandler;

/** Records a cadre's assignment to a station; an end that arrived first is left in place. */
@ApplicationScoped
public class CadreAssignedHandler implements EventHandler<CadreAssigned> {

    private final StationCadreRepository assignments;

    CadreAssignedHandler(StationCadreRepository assignments) {
        this.assignments = assignments;
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
        StationCadre assignment = assignments.findOrNew(event.assignmentId());
        assignment.cadreId = event.cadreId();
        assignment.stationId = event.stationId();
        assignment.townshipId = event.townshipId();
        assignment.countyId = envelope.county();
        assignment.role = event.role();
        assignment.firstSecretary = event.firstSecretary();
        assignment.startsOn = event.startsOn();
        assignment.termEndsOn = event.termEndsOn();
        assignment.assignedAt = envelope.time();
        assignments.save(assignment);
    }
}
