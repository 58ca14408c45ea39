package org.masswork.cadre.township;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.masswork.platform.problem.NotFoundProblem;

@ApplicationScoped
public class TownshipRepository implements PanacheRepositoryBase<Township, UUID> {

    public Township get(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> new NotFoundProblem("Township", id));
    }

    public boolean codeTaken(String code) {
        return count("code", code) > 0;
    }
}
