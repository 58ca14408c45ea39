package org.masswork.evaluation.facts;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class HouseholdVisitRepository implements PanacheRepositoryBase<HouseholdVisit, UUID> {

    /**
     * Records the visit in one statement, whichever of its events comes first: a confirmation already known is
     * never lost, and the roles are those of HouseholdVisited (VisitConfirmed carries none, so it keeps them).
     */
    void record(UUID countyId, UUID visitId, UUID cadreId, UUID stationId, UUID townshipId, UUID householdId, LocalDate visitedOn,
                boolean confirmed, List<FiveRole> roles) {
        getEntityManager().createNativeQuery("""
                        insert into household_visit (county_id, visit_id, cadre_id, station_id, township_id, household_id, visited_on, confirmed, roles)
                        values (:county, :visit, :cadre, :station, :township, :household, :on, :confirmed,
                                cast(string_to_array(:roles, ',') as varchar(30)[]))
                        on conflict (visit_id) do update
                           set county_id = excluded.county_id, cadre_id = excluded.cadre_id, station_id = excluded.station_id, township_id = excluded.township_id,
                               household_id = excluded.household_id, visited_on = excluded.visited_on,
                               confirmed = household_visit.confirmed or excluded.confirmed,
                               roles = case when cardinality(excluded.roles) > 0 then excluded.roles else household_visit.roles end""")
                .setParameter("county", countyId).setParameter("visit", visitId).setParameter("cadre", cadreId).setParameter("station", stationId)
                .setParameter("township", townshipId).setParameter("household", householdId).setParameter("on", visitedOn)
                .setParameter("confirmed", confirmed)
                .setParameter("roles", roles.stream().distinct().sorted().map(FiveRole::name).collect(Collectors.joining(",")))
                .executeUpdate();
    }
}
