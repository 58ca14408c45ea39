package org.masswork.evaluation.facts;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.masswork.platform.event.EventEnvelope;
import org.masswork.platform.inbox.EventHandler;

@ApplicationScoped
public class HouseholdVisitedHandler implements EventHandler<HouseholdVisited> {

    private final HouseholdVisitRepository visits;

    HouseholdVisitedHandler(HouseholdVisitRepository visits) {
        this.visits = visits;
    }

    @Override
    public String eventType() {
        return "HouseholdVisited";
    }

    @Override
    public Class<HouseholdVisited> payloadType() {
        return HouseholdVisited.class;
    }

    @Override
    public void handle(EventEnvelope envelope, HouseholdVisited event) {
        visits.record(envelope.county(), event.visitId(), event.cadreId(), event.stationId(), event.townshipId(), event.householdId(),
                event.visitedOn(), event.confirmed(), event.roles() == null ? List.of() : event.roles());
    }
}
