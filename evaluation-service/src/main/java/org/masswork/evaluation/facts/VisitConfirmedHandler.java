package org.masswork.evaluation.facts;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.masswork.platform.event.EventEnvelope;
import org.masswork.platform.inbox.EventHandler;

/** Marks the visit confirmed; the event carries the whole visit, so it may arrive before HouseholdVisited. */
@ApplicationScoped
public class VisitConfirmedHandler implements EventHandler<VisitConfirmed> {

    private final HouseholdVisitRepository visits;

    VisitConfirmedHandler(HouseholdVisitRepository visits) {
        this.visits = visits;
    }

    @Override
    public String eventType() {
        return "VisitConfirmed";
    }

    @Override
    public Class<VisitConfirmed> payloadType() {
        return VisitConfirmed.class;
    }

    @Override
    public void handle(EventEnvelope envelope, VisitConfirmed event) {
        visits.record(envelope.county(), event.visitId(), event.cadreId(), event.stationId(), event.townshipId(), event.householdId(),
                event.visitedOn(), true, List.of());
    }
}
