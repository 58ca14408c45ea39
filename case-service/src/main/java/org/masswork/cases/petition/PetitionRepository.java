package org.masswork.cases.petition;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.masswork.platform.problem.RuleViolationProblem;

@ApplicationScoped
public class PetitionRepository implements PanacheRepositoryBase<Petition, UUID> {

    public Petition get(UUID caseId) {
        return findByIdOptional(caseId).orElseThrow(() ->
                new RuleViolationProblem("not-a-petition", "Case " + caseId + " is not a petition"));
    }
}
