package org.masswork.cadre.promotion;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CadreEvaluationRepository implements PanacheRepositoryBase<CadreEvaluation, CadreEvaluation.Key> {

    public Optional<CadreEvaluation> latest(UUID cadreId) {
        return find("cadreId", Sort.by("concludedAt").descending(), cadreId).firstResultOptional();
    }
}
