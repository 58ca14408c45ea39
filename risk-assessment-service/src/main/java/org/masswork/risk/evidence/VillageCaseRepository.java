package org.masswork.risk.evidence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class VillageCaseRepository implements PanacheRepositoryBase<VillageCase, UUID> {

    /** Open cases of the villages, counted by kind, category and whether they are petitions. */
    public List<CaseCount> countOpen(UUID countyId, Collection<UUID> villageIds) {
        return getEntityManager().createQuery("""
                        select new org.masswork.risk.evidence.CaseCount(c.kind, c.category, c.petition, count(c))
                        from VillageCase c where c.countyId = :county and c.open = true and c.villageId in :villages
                        group by c.kind, c.category, c.petition order by c.category, c.kind, c.petition""", CaseCount.class)
                .setParameter("county", countyId)
                .setParameter("villages", villageIds)
                .getResultList();
    }

    /** Cases first opened in the villages since then, open or settled by now, counted as {@link #countOpen}. */
    public List<CaseCount> countOpenedSince(UUID countyId, Collection<UUID> villageIds, OffsetDateTime since) {
        return getEntityManager().createQuery("""
                        select new org.masswork.risk.evidence.CaseCount(c.kind, c.category, c.petition, count(c))
                        from VillageCase c where c.countyId = :county and c.villageId in :villages and c.openedAt >= :since
                        group by c.kind, c.category, c.petition order by c.category, c.kind, c.petition""", CaseCount.class)
                .setParameter("county", countyId)
                .setParameter("villages", villageIds)
                .setParameter("since", since)
                .getResultList();
    }

    public Optional<VillageCase> findForUpdate(UUID caseId) {
        return findByIdOptional(caseId, LockModeType.PESSIMISTIC_WRITE);
    }
}
