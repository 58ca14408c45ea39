package org.masswork.risk.opinion;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class SurveyRepository implements PanacheRepositoryBase<VillageSurvey, UUID> {

    public PanacheQuery<VillageSurvey> ofMatter(UUID matterId) {
        return find("matterId", Sort.by("villageId").and("id"), matterId);
    }
}
