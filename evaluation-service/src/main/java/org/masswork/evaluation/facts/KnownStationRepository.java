package org.masswork.evaluation.facts;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import java.time.LocalDate;
import java.util.UUID;
import org.masswork.platform.problem.NotFoundProblem;

@ApplicationScoped
public class KnownStationRepository implements PanacheRepositoryBase<KnownStation, UUID> {

    public KnownStation get(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> new NotFoundProblem("Station", id));
    }

    /** Stations of the scope with no supervision review for the month (first day). */
    public PanacheQuery<KnownStation> unreviewed(LocalDate month, UUID townshipId) {
        return find("(:township is null or townshipId = :township) and stationId not in"
                        + " (select r.stationId from SupervisionReview r where r.month = :month)",
                Sort.by("townshipId").and("stationId"), Parameters.with("township", townshipId).and("month", month));
    }
}
