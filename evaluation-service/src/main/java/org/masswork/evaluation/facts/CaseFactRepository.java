package org.masswork.evaluation.facts;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class CaseFactRepository implements PanacheRepositoryBase<CaseFact, UUID> {

    CaseFact findOrNew(UUID countyId, CaseStep step) {
        CaseFact fact = findByIdOptional(step.caseId()).orElseGet(() -> {
            CaseFact created = new CaseFact();
            created.caseId = step.caseId();
            return created;
        });
        fact.countyId = countyId;
        fact.stationId = step.stationId();
        fact.townshipId = step.townshipId();
        return fact;
    }
}
