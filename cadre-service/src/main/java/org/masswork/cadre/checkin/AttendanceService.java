package org.masswork.cadre.checkin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.masswork.cadre.county.CountyClock;
import org.masswork.cadre.scope.WorkScope;
import org.masswork.platform.paging.Page;
import org.masswork.platform.paging.PageQuery;

/**
 * Monthly station-day attendance, computed in the database. A station day is due from a cadre when it
 * falls inside their assignment and is not in the future, so a cadre who joined on the 26th owes two. A check-in
 * counts when credited (on time, or late and confirmed by the leader); late ones not yet confirmed are shown apart.
 */
@ApplicationScoped
public class AttendanceService {

    private static final String PER_CADRE = """
            with due_days as (
                select d::date as day from generate_series(cast(:monthStart as date), cast(:lastDay as date), interval '1 day') d
                where extract(day from d) between 25 and 27),
            rows as (
                select a.cadre_id, a.station_id, a.township_id,
                       (select count(*) from due_days
                         where due_days.day >= a.starts_on and (a.ended_on is null or due_days.day <= a.ended_on)) as due,
                       c.attended, c.pending, c.extra, c.extra_pending
                from assignment a
                cross join lateral (
                    select count(*) filter (where c.kind = 'STATION_DAY' and c.credited) as attended,
                           count(*) filter (where c.kind = 'STATION_DAY' and not c.credited) as pending,
                           count(*) filter (where c.kind = 'EXTRA_VISIT' and c.credited) as extra,
                           count(*) filter (where c.kind = 'EXTRA_VISIT' and not c.credited) as extra_pending
                    from check_in c where c.cadre_id = a.cadre_id and c.station_id = a.station_id
                      and c.checked_in_on between :monthStart and :monthEnd) c
                where a.starts_on <= :monthEnd and (a.ended_on is null or a.ended_on >= :monthStart) %s)
            """;

    private final EntityManager entityManager;
    private final CountyClock clock;
    private final WorkScope scope;

    AttendanceService(EntityManager entityManager, CountyClock clock, WorkScope scope) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.scope = scope;
    }

    @Transactional
    public Page<CadreAttendance> perCadre(YearMonth month, UUID stationId, UUID townshipId, boolean missedOnly, PageQuery page) {
        WorkScope.Area area = scope.area(stationId, townshipId);
        Filter filter = new Filter(area);
        String where = missedOnly ? " where attended < due" : "";
        long total = ((Number) bind(entityManager.createNativeQuery(
                PER_CADRE.formatted(filter.sql) + "select count(*) from rows" + where), month, filter).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(entityManager.createNativeQuery(PER_CADRE.formatted(filter.sql)
                        + "select cadre_id, station_id, township_id, due, attended, pending, extra, extra_pending from rows" + where
                        + " order by township_id, station_id, cadre_id"), month, filter)
                .setFirstResult(page.page * page.size).setMaxResults(page.size)
                .getResultList();
        List<CadreAttendance> items = rows.stream().map(row -> new CadreAttendance((UUID) row[0], (UUID) row[1],
                (UUID) row[2], number(row[3]), number(row[4]), number(row[5]), number(row[6]), number(row[7]))).toList();
        return new Page<>(items, page.page, page.size, total, (int) ((total + page.size - 1) / page.size));
    }

    @Transactional
    public Page<StationAttendance> perStation(YearMonth month, UUID townshipId, PageQuery page) {
        WorkScope.Area area = scope.area(null, townshipId);
        Filter filter = new Filter(new WorkScope.Area(area.countyId(), null, area.townshipId()));
        long total = ((Number) bind(entityManager.createNativeQuery(
                PER_CADRE.formatted(filter.sql) + "select count(distinct station_id) from rows"), month, filter)
                .getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(entityManager.createNativeQuery(PER_CADRE.formatted(filter.sql) + """
                        select station_id, township_id, count(*), sum(due), sum(attended), sum(pending) from rows
                        group by station_id, township_id order by township_id, station_id"""), month, filter)
                .setFirstResult(page.page * page.size).setMaxResults(page.size)
                .getResultList();
        List<StationAttendance> items = rows.stream().map(row -> {
            int due = number(row[3]);
            int attended = number(row[4]);
            return new StationAttendance((UUID) row[0], (UUID) row[1], number(row[2]), due, attended, number(row[5]),
                    due == 0 ? 1.0 : (double) attended / due);
        }).toList();
        return new Page<>(items, page.page, page.size, total, (int) ((total + page.size - 1) / page.size));
    }

    private Query bind(Query query, YearMonth month, Filter filter) {
        LocalDate monthEnd = month.atEndOfMonth();
        LocalDate today = clock.today(filter.countyId);
        query.setParameter("monthStart", month.atDay(1))
                .setParameter("monthEnd", monthEnd)
                .setParameter("lastDay", monthEnd.isBefore(today) ? monthEnd : today);
        filter.parameters.forEach(query::setParameter);
        return query;
    }

    private static int number(Object value) {
        return ((Number) value).intValue();
    }

    /** Only the filters given become SQL, so no parameter is ever bound as an untyped null. */
    private static final class Filter {
        final String sql;
        final UUID countyId;
        final Map<String, Object> parameters = new HashMap<>();

        Filter(WorkScope.Area area) {
            StringBuilder sql = new StringBuilder(" and a.county_id = :county");
            countyId = area.countyId();
            parameters.put("county", area.countyId());
            if (area.stationId() != null) {
                sql.append(" and a.station_id = :station");
                parameters.put("station", area.stationId());
            }
            if (area.townshipId() != null) {
                sql.append(" and a.township_id = :township");
                parameters.put("township", area.townshipId());
            }
            this.sql = sql.toString();
        }
    }
}
