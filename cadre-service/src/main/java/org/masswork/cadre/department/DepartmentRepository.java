package org.masswork.cadre.department;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.masswork.platform.problem.NotFoundProblem;
import org.masswork.platform.language.Text;

@ApplicationScoped
public class DepartmentRepository implements PanacheRepositoryBase<Department, UUID> {

    public static final Text DEPARTMENT = Text.of("部门", "department");

    public Department get(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> new NotFoundProblem(DEPARTMENT, id));
    }

    public PanacheQuery<Department> search(UUID countyId, DepartmentKind kind) {
        return find("countyId = :county and (:kind is null or kind = :kind)", Sort.by("name").and("id"),
                Parameters.with("county", countyId).and("kind", kind));
    }
}
