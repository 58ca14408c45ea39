package org.masswork.evaluation.facts;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import java.time.LocalDate;
import java.util.UUID;
import org.masswork.platform.problem.NotFoundProblem;
import org.masswork.platform.language.Text;

@ApplicationScoped
public class KnownStationRepository implements PanacheRepositoryBase<KnownStation, UUID> {

    public KnownStation get(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> new NotFoundProblem(Text.of("工作站", "station"), id));
    }

    /** Station teams of the county and scope (a cadre stationed during the month) with no supervision review for the month (first day). */
    public PanacheQuery<KnownStation> unreviewed(UUID countyId, LocalDate month, UUID townshipId) {
        return find("from KnownStation k where k.countyId = :county and (:township is null or k.townshipId = :township)"
                        + " and exists (select 1 from Stationing s where s.stationId = k.stationId and s.cadreId is not null"
                        + " and s.startsOn < :next and (s.endedOn is null or s.endedOn > :month))"
                        + " and not exists (select 1 from SupervisionReview r where r.stationId = k.stationId and r.month = :month)"
                        + " order by k.townshipId, k.stationId",
                Parameters.with("county", countyId).and("township", townshipId).and("month", month).and("next", month.plusMonths(1)));
    }
}
