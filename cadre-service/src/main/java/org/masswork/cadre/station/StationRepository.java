package org.masswork.cadre.station;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.masswork.platform.problem.NotFoundProblem;
import org.masswork.platform.language.Text;

@ApplicationScoped
public class StationRepository implements PanacheRepositoryBase<Station, UUID> {

    public Station get(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> new NotFoundProblem(Text.of("工作站", "station"), id));
    }

    public boolean existsForVillage(UUID villageId) {
        return count("villageId", villageId) > 0;
    }

    public PanacheQuery<Station> search(UUID townshipId) {
        return find("(:township is null or townshipId = :township)", Sort.by("name").and("id"),
                Parameters.with("township", townshipId));
    }
}
