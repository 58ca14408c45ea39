package org.masswork.evaluation.facts;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.UUID;

@ApplicationScoped
public class HouseholdVisitRepository implements PanacheRepositoryBase<HouseholdVisit, UUID> {

    /** Records the visit; a confirmation already known (from either event) is never lost. */
    void record(UUID visitId, UUID cadreId, UUID stationId, UUID townshipId, UUID householdId, LocalDate visitedOn,
                boolean confirmed) {
        HouseholdVisit visit = findByIdOptional(visitId).orElseGet(HouseholdVisit::new);
        visit.visitId = visitId;
        visit.cadreId = cadreId;
        visit.stationId = stationId;
        visit.townshipId = townshipId;
        visit.householdId = householdId;
        visit.visitedOn = visitedOn;
        visit.confirmed = visit.confirmed || confirmed;
        persist(visit);
    }
}
