package org.masswork.cadre.township;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.masswork.platform.problem.NotFoundProblem;
import org.masswork.platform.language.Text;

@ApplicationScoped
public class TownshipRepository implements PanacheRepositoryBase<Township, UUID> {

    public Township get(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> new NotFoundProblem(Text.of("乡镇", "township"), id));
    }

    public boolean codeTaken(String code) {
        return count("code", code) > 0;
    }
}
