package org.masswork.cadre.county;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.masswork.platform.language.Text;
import org.masswork.platform.problem.NotFoundProblem;

@ApplicationScoped
public class CountyRepository implements PanacheRepositoryBase<County, UUID> {

    static final Text COUNTY = Text.of("县", "county");

    public County get(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> new NotFoundProblem(COUNTY, id));
    }

    public boolean codeTaken(String code) {
        return count("code", code) > 0;
    }
}
