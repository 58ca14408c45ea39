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

    public static final Text STATION = Text.of("工作站", "station");

    public Station get(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> new NotFoundProblem(STATION, id));
    }

    public boolean existsForVillage(UUID villageId) {
        return count("villageId", villageId) > 0;
    }

    public PanacheQuery<Station> search(UUID countyId, UUID townshipId) {
        return find("countyId = :county and (:township is null or townshipId = :township)", Sort.by("name").and("id"),
                Parameters.with("county", countyId).and("township", townshipId));
    }
}
