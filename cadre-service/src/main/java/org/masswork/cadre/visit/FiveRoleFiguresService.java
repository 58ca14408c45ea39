package org.masswork.cadre.visit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.masswork.cadre.scope.WorkScope;
import org.masswork.platform.paging.Page;
import org.masswork.platform.paging.PageQuery;

/**
 * The five roles' (五员) visits per cadre, station, township and county month, read from the rollup the database keeps
 * as visits' roles are inserted (five_role_month, V46__five_role_month.sql): one row per group and role, so a month
 * costs the groups' rows, not their visits. Groups without a visit in the month are not listed.
 */
@ApplicationScoped
public class FiveRoleFiguresService {

    /** One summed column per role, in {@link FiveRole}'s order (the codes are the enum's, not input). */
    private static final String PER_ROLE = Arrays.stream(FiveRole.values())
            .map(r -> "coalesce(sum(visits) filter (where role = '" + r.name() + "'), 0)")
            .collect(Collectors.joining(", "));

    private final EntityManager entityManager;
    private final WorkScope scope;

    FiveRoleFiguresService(EntityManager entityManager, WorkScope scope) {
        this.entityManager = entityManager;
        this.scope = scope;
    }

    /** A month's figures in the caller's scope (a station's team: its station), one page of groups. */
    @Transactional
    public Page<FiveRoleWork> figures(YearMonth month, FiveRoleGrouping grouping, UUID stationId, UUID townshipId, PageQuery page) {
        WorkScope.Area area = scope.area(stationId, townshipId);
        String where = "where county_id = :county and month_start = :month"
                + (area.stationId() != null ? " and station_id = :station" : "")
                + (area.townshipId() != null ? " and township_id = :township" : "");
        long total = ((Number) bind(entityManager.createNativeQuery(
                "select count(*) from (select 1 from five_role_month %s group by %s) groups".formatted(where, grouping.columns)),
                month, area).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(entityManager.createNativeQuery("select %s, %s from five_role_month %s group by %s order by %s"
                        .formatted(grouping.columns, PER_ROLE, where, grouping.columns, grouping.columns)), month, area)
                .setFirstResult(page.page * page.size).setMaxResults(page.size)
                .getResultList();
        int keys = grouping.columns.split(",").length;
        List<FiveRoleWork> items = rows.stream().map(row -> {
            UUID township = (UUID) row[0];
            UUID station = keys > 1 ? (UUID) row[1] : null;
            UUID cadre = keys > 2 ? (UUID) row[2] : null;
            return new FiveRoleWork(month.toString(), cadre, station, township, roles(row, keys));
        }).toList();
        return new Page<>(items, page.page, page.size, total, (int) ((total + page.size - 1) / page.size));
    }

    /** Each cadre's visits per role at a station in a month, for its monthly report; cadres without a visit absent. */
    public Map<UUID, List<RoleWork>> perCadreOfStation(UUID stationId, YearMonth month) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select cadre_id, %s from five_role_month where station_id = :station and month_start = :month
                        group by cadre_id order by cadre_id""".formatted(PER_ROLE))
                .setParameter("station", stationId).setParameter("month", month.atDay(1))
                .getResultList();
        return rows.stream().collect(Collectors.toMap(row -> (UUID) row[0], row -> roles(row, 1), (a, b) -> a, LinkedHashMap::new));
    }

    private static List<RoleWork> roles(Object[] row, int from) {
        Map<FiveRole, Long> visits = new EnumMap<>(FiveRole.class);
        FiveRole[] roles = FiveRole.values();
        for (int i = 0; i < roles.length; i++) {
            visits.put(roles[i], ((Number) row[from + i]).longValue());
        }
        return RoleWork.of(visits);
    }

    private static Query bind(Query query, YearMonth month, WorkScope.Area area) {
        query.setParameter("month", month.atDay(1)).setParameter("county", area.countyId());
        if (area.stationId() != null) {
            query.setParameter("station", area.stationId());
        }
        if (area.townshipId() != null) {
            query.setParameter("township", area.townshipId());
        }
        return query;
    }
}
