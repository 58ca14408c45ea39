package org.masswork.cadre.township;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.masswork.platform.problem.NotFoundProblem;
import org.masswork.platform.language.Text;

@ApplicationScoped
public class TownshipRepository implements PanacheRepositoryBase<Township, UUID> {

    public static final Text TOWNSHIP = Text.of("乡镇", "township");

    public Township get(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> new NotFoundProblem(TOWNSHIP, id));
    }

    public boolean codeTaken(UUID countyId, String code) {
        return count("countyId = ?1 and code = ?2", countyId, code) > 0;
    }

    /** Whether the township is one of the county's. */
    public boolean inCounty(UUID townshipId, UUID countyId) {
        return count("id = ?1 and countyId = ?2", townshipId, countyId) > 0;
    }
}
