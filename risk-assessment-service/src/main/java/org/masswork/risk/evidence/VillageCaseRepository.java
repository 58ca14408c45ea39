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

    /** Open cases of the villages, counted by category and whether they are petitions. */
    public List<OpenCases> countOpen(Collection<UUID> villageIds) {
        return getEntityManager().createQuery("""
                        select new org.masswork.risk.evidence.OpenCases(c.category, c.petition, count(c))
                        from VillageCase c where c.open = true and c.villageId in :villages
                        group by c.category, c.petition order by c.category, c.petition""", OpenCases.class)
                .setParameter("villages", villageIds)
                .getResultList();
    }

    public long countOpenedSince(Collection<UUID> villageIds, OffsetDateTime since) {
        return count("villageId in ?1 and openedAt >= ?2", villageIds, since);
    }

    public Optional<VillageCase> findForUpdate(UUID caseId) {
        return findByIdOptional(caseId, LockModeType.PESSIMISTIC_WRITE);
    }
}
