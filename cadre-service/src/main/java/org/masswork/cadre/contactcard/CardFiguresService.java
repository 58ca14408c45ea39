package org.masswork.cadre.contactcard;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.masswork.cadre.scope.WorkScope;
import org.masswork.platform.paging.Page;
import org.masswork.platform.paging.PageQuery;

/** Cards issued and households covered, per station and per township (the county report's first figure). */
@ApplicationScoped
public class CardFiguresService {

    private final EntityManager entityManager;
    private final WorkScope scope;

    CardFiguresService(EntityManager entityManager, WorkScope scope) {
        this.entityManager = entityManager;
        this.scope = scope;
    }

    @Transactional
    public Page<StationCardFigures> perStation(UUID stationId, UUID townshipId, PageQuery page) {
        WorkScope.Area area = scope.area(stationId, townshipId);
        String where = area.stationId() != null ? "where s.id = :station"
                : area.townshipId() != null ? "where s.township_id = :township" : "";
        Query rows = bind(entityManager.createNativeQuery("""
                select s.id, s.name, s.township_id,
                       (select count(*) from household h where h.station_id = s.id),
                       (select count(*) from contact_card c where c.station_id = s.id and c.current),
                       (select count(*) from contact_card c where c.station_id = s.id)
                from station s %s order by s.name, s.id""".formatted(where)), area);
        Query total = bind(entityManager.createNativeQuery("select count(*) from station s " + where), area);
        List<StationCardFigures> items = page(rows, page).stream().map(row -> new StationCardFigures(
                (UUID) row[0], (String) row[1], (UUID) row[2], number(row[3]), number(row[4]), number(row[5]))).toList();
        return page(items, number(total.getSingleResult()), page);
    }

    @Transactional
    public Page<TownshipCardFigures> perTownship(UUID townshipId, PageQuery page) {
        WorkScope.Area area = scope.area(null, townshipId);
        if (area.stationId() != null) {
            throw new ForbiddenException();
        }
        String where = area.townshipId() != null ? "where t.id = :township" : "";
        Query rows = bind(entityManager.createNativeQuery("""
                select t.id, t.name,
                       (select count(*) from station s where s.township_id = t.id),
                       (select count(*) from household h where h.township_id = t.id),
                       (select count(*) from contact_card c where c.township_id = t.id and c.current),
                       (select count(*) from contact_card c where c.township_id = t.id)
                from township t %s order by t.code, t.id""".formatted(where)), area);
        Query total = bind(entityManager.createNativeQuery("select count(*) from township t " + where), area);
        List<TownshipCardFigures> items = page(rows, page).stream().map(row -> new TownshipCardFigures(
                (UUID) row[0], (String) row[1], number(row[2]), number(row[3]), number(row[4]), number(row[5]))).toList();
        return page(items, number(total.getSingleResult()), page);
    }

    private static Query bind(Query query, WorkScope.Area area) {
        if (area.stationId() != null) {
            query.setParameter("station", area.stationId());
        } else if (area.townshipId() != null) {
            query.setParameter("township", area.townshipId());
        }
        return query;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> page(Query query, PageQuery page) {
        return query.setFirstResult(page.page * page.size).setMaxResults(page.size).getResultList();
    }

    private static <T> Page<T> page(List<T> items, long total, PageQuery page) {
        return new Page<>(items, page.page, page.size, total, (int) ((total + page.size - 1) / page.size));
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
