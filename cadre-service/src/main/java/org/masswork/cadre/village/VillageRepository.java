package org.masswork.cadre.village;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.masswork.platform.problem.NotFoundProblem;
import org.masswork.platform.language.Text;

@ApplicationScoped
public class VillageRepository implements PanacheRepositoryBase<Village, UUID> {

    public Village get(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> new NotFoundProblem(Text.of("村", "village"), id));
    }

    public boolean codeTaken(String code) {
        return count("code", code) > 0;
    }

    /** Villages filtered by township and type; a null filter matches all. */
    public PanacheQuery<Village> search(UUID townshipId, VillageType type) {
        return find("(:township is null or townshipId = :township) and (:type is null or type = :type)",
                Sort.by("code"), Parameters.with("township", townshipId).and("type", type));
    }
}
