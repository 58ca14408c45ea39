package org.masswork.cases.petition;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.masswork.platform.problem.RuleViolationProblem;
import org.masswork.platform.language.Text;

@ApplicationScoped
public class PetitionRepository implements PanacheRepositoryBase<Petition, UUID> {

    public Petition get(UUID caseId) {
        return findByIdOptional(caseId).orElseThrow(() ->
                new RuleViolationProblem("not-a-petition", Text.of("诉求 " + caseId + " 不是信访", "Case " + caseId + " is not a petition")));
    }
}
