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

    public static final Text VILLAGE = Text.of("村", "village");

    public Village get(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> new NotFoundProblem(VILLAGE, id));
    }

    public boolean codeTaken(UUID countyId, String code) {
        return count("countyId = ?1 and code = ?2", countyId, code) > 0;
    }

    /** A county's villages filtered by township and type; a null filter matches all. */
    public PanacheQuery<Village> search(UUID countyId, UUID townshipId, VillageType type) {
        return find("countyId = :county and (:township is null or townshipId = :township) and (:type is null or type = :type)",
                Sort.by("code"), Parameters.with("county", countyId).and("township", townshipId).and("type", type));
    }
}
