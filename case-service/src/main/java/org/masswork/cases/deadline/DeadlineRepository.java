package org.masswork.cases.deadline;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.masswork.cases.casefile.CaseQuery;

@ApplicationScoped
public class DeadlineRepository implements PanacheRepositoryBase<CaseDeadline, UUID> {

    public Optional<CaseDeadline> find(UUID caseId, DeadlineKind kind) {
        return find("caseId = ?1 and kind = ?2", caseId, kind).firstResultOptional();
    }

    public List<CaseDeadline> ofCase(UUID caseId) {
        return list("caseId", Sort.by("dueAt"), caseId);
    }

    public boolean anyOverdueOpen(UUID caseId) {
        return count("caseId = ?1 and metAt is null and overdueAt is not null", caseId) > 0;
    }

    /** Unmet deadlines that passed and were not yet marked: the overdue job's work. */
    public List<UUID> passedUnmarked(OffsetDateTime now, int limit) {
        return getEntityManager()
                .createQuery("select d.id from CaseDeadline d where d.metAt is null and d.overdueAt is null and d.dueAt < :now"
                        + " order by d.dueAt", UUID.class)
                .setParameter("now", now).setMaxResults(limit).getResultList();
    }

    public PanacheQuery<CaseDeadline> search(CaseQuery query) {
        return find(query.where(), Sort.by("dueAt").and("id"), query.parameters());
    }
}
