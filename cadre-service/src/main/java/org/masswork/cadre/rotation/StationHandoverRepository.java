package org.masswork.cadre.rotation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.masswork.platform.language.Text;
import org.masswork.platform.problem.NotFoundProblem;

@ApplicationScoped
public class StationHandoverRepository implements PanacheRepositoryBase<StationHandover, UUID> {

    public StationHandover get(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> new NotFoundProblem(Text.of("工作站交接", "station handover"), id));
    }
}
