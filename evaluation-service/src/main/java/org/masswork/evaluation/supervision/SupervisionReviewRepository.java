package org.masswork.evaluation.supervision;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.UUID;
import org.masswork.platform.problem.NotFoundProblem;
import org.masswork.platform.language.Text;

@ApplicationScoped
public class SupervisionReviewRepository implements PanacheRepositoryBase<SupervisionReview, UUID> {

    public SupervisionReview get(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> new NotFoundProblem(Text.of("督查评议", "supervision review"), id));
    }

    public boolean exists(UUID stationId, LocalDate month) {
        return count("stationId = ?1 and month = ?2", stationId, month) > 0;
    }

    public PanacheQuery<SupervisionReview> search(UUID countyId, LocalDate month, UUID townshipId, UUID stationId) {
        return find("countyId = :county and (:month is null or month = :month) and (:township is null or townshipId = :township)"
                        + " and (:station is null or stationId = :station)",
                Sort.by("month").descending().and("stationId"),
                Parameters.with("county", countyId).and("month", month).and("township", townshipId).and("station", stationId));
    }
}
