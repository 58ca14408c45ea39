package org.masswork.cadre.household;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.masswork.platform.problem.NotFoundProblem;
import org.masswork.platform.language.Text;

@ApplicationScoped
public class HouseholdRepository implements PanacheRepositoryBase<Household, UUID> {

    public Household get(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> new NotFoundProblem(Text.of("农户", "household"), id));
    }

    /** The household, locked until the transaction ends: issuing its cards one at a time. */
    public Household getForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).orElseThrow(() -> new NotFoundProblem(Text.of("农户", "household"), id));
    }

    /**
     * Households of a station or village, optionally only those with a tag; null filters match all. In the order
     * they were registered: the address is stored encrypted, so the database cannot sort by it.
     */
    public PanacheQuery<Household> search(UUID stationId, UUID villageId, HouseholdTag tag) {
        StringBuilder where = new StringBuilder("stationId = :station");
        Parameters parameters = Parameters.with("station", stationId);
        if (villageId != null) {
            where.append(" and villageId = :village");
            parameters.and("village", villageId);
        }
        if (tag != null) {
            where.append(" and :tag member of tags");
            parameters.and("tag", tag);
        }
        return find(where.toString(), Sort.by("receivedAt").and("id"), parameters);
    }

    /** The station's households holding a current contact card, locked, in the order they were registered. */
    public List<Household> holdingCardsForUpdate(UUID stationId) {
        return find("""
                        from Household h where h.stationId = ?1
                          and exists (select 1 from ContactCard c where c.householdId = h.id and c.current = true)
                        order by h.receivedAt, h.id""", stationId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    public long countInVillage(UUID villageId) {
        return count("villageId", villageId);
    }

    /** Key households of a village per tag; tags no household carries are left out. */
    public Map<HouseholdTag, Long> countPerTag(UUID villageId) {
        Map<HouseholdTag, Long> counts = new EnumMap<>(HouseholdTag.class);
        getEntityManager().createQuery(
                        "select t, count(h) from Household h join h.tags t where h.villageId = :village group by t", Object[].class)
                .setParameter("village", villageId)
                .getResultList()
                .forEach(row -> counts.put((HouseholdTag) row[0], ((Number) row[1]).longValue()));
        return counts;
    }
}
