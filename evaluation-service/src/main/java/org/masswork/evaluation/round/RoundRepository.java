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

    /** A round of the half year whose scope overlaps: any round for the county, the county's or the township's for a township. */
    public boolean overlapping(String period, UUID townshipId) {
        return townshipId == null ? count("period", period) > 0
                : count("period = ?1 and (townshipId is null or townshipId = ?2)", period, townshipId) > 0;
    }

    public PanacheQuery<EvaluationRound> search(String period, UUID townshipId) {
        return find("(:period is null or period = :period) and (:township is null or townshipId = :township)",
                Sort.by("openedAt").descending().and("id"),
                Parameters.with("period", period).and("township", townshipId));
    }
}
