package org.masswork.cases.lifecycle;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class TimelineRepository implements PanacheRepositoryBase<TimelineEntry, UUID> {

    public PanacheQuery<TimelineEntry> ofCase(UUID caseId) {
        return find("caseId", Sort.by("at").and("id"), caseId);
    }

    public Optional<TimelineEntry> last(UUID caseId, CaseAction action) {
        return find("caseId = ?1 and action = ?2", Sort.descending("at"), caseId, action).firstResultOptional();
    }
}
