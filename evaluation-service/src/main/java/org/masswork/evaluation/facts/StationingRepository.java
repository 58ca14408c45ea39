package org.masswork.evaluation.facts;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class StationingRepository implements PanacheRepositoryBase<Stationing, UUID> {

    Stationing findOrNew(UUID assignmentId) {
        return findByIdOptional(assignmentId).orElseGet(() -> {
            Stationing stationing = new Stationing();
            stationing.assignmentId = assignmentId;
            return stationing;
        });
    }
}
