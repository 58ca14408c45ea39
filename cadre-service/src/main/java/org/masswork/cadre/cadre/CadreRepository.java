package org.masswork.cadre.cadre;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.masswork.platform.problem.NotFoundProblem;
import org.masswork.platform.language.Text;

@ApplicationScoped
public class CadreRepository implements PanacheRepositoryBase<Cadre, UUID> {

    public static final Text CADRE = Text.of("干部", "cadre");

    public Cadre get(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> new NotFoundProblem(CADRE, id));
    }

    /** Cadres filtered by department; {@code unassigned} keeps only those without an active assignment. */
    public PanacheQuery<Cadre> search(UUID countyId, UUID departmentId, boolean unassigned) {
        return find("""
                        countyId = :county and (:department is null or departmentId = :department)
                        and (:unassigned = false or not exists (
                            select 1 from Assignment a where a.cadreId = id and a.endedOn is null))""",
                Sort.by("name").and("id"),
                Parameters.with("county", countyId).and("department", departmentId).and("unassigned", unassigned));
    }
}
