package org.masswork.evaluation.round;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.masswork.platform.problem.NotFoundProblem;
import org.masswork.platform.language.Text;

@ApplicationScoped
public class RoundRepository implements PanacheRepositoryBase<EvaluationRound, UUID> {

    public EvaluationRound get(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> new NotFoundProblem(Text.of("测评轮次", "evaluation round"), id));
    }

    /**
     * A round of the county and half year whose scope overlaps: any round for the county, the county's or the
     * township's for a township.
     */
    public boolean overlapping(UUID countyId, String period, UUID townshipId) {
        return townshipId == null ? count("countyId = ?1 and period = ?2", countyId, period) > 0
                : count("countyId = ?1 and period = ?2 and (townshipId is null or townshipId = ?3)", countyId, period, townshipId) > 0;
    }

    public PanacheQuery<EvaluationRound> search(UUID countyId, String period, UUID townshipId) {
        return find("countyId = :county and (:period is null or period = :period) and (:township is null or townshipId = :township)",
                Sort.by("openedAt").descending().and("id"),
                Parameters.with("county", countyId).and("period", period).and("township", townshipId));
    }
}
