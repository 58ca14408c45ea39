package org.masswork.cases.station;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.masswork.platform.problem.NotFoundProblem;

@ApplicationScoped
public class KnownStationRepository implements PanacheRepositoryBase<KnownStation, UUID> {

    public KnownStation get(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> new NotFoundProblem("Station", id));
    }

    public PanacheQuery<KnownStation> search(UUID townshipId) {
        return find("(:township is null or townshipId = :township)", Sort.by("name").and("stationId"),
                Parameters.with("township", townshipId));
    }
}
