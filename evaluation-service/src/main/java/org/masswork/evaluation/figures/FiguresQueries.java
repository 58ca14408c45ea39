package org.masswork.evaluation.figures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.masswork.evaluation.facts.FiveRole;

/** Aggregates the stored facts on read, so a late or repeated event can never leave a wrong counter. */
@ApplicationScoped
public class FiguresQueries {

    /** The closed-case condition: the latest close is not followed by a reopening. */
    static final String CLOSED_IN = "closed_at >= :from and closed_at < :until and (reopened_at is null or reopened_at < closed_at)";

    private final EntityManager entityManager;

    FiguresQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The station days due from the cadre (served and come) and those of them attended, at any station; the month's visits. */
    public WorkFigures cadreWork(UUID cadreId, Period period, LocalDate today) {
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                        with due as (select distinct day from (%s) served where %s)
                        select (select count(*) from due),
                               (select count(*) from due where exists (select 1 from station_day_attendance a
                                                                         where a.cadre_id = :id and a.day = due.day)),
                               count(v.visit_id), count(v.visit_id) filter (where v.confirmed), count(distinct v.household_id)
                          from (select 1) one
                          left join household_visit v on v.cadre_id = :id and v.visited_on >= :from and v.visited_on < :until"""
                        .formatted(ServedDays.sql("s.cadre_id = :id"), ServedDays.STATION_DAY.formatted("day")))
                .setParameter("id", cadreId).setParameter("from", period.from()).setParameter("until", period.until())
                .setParameter("last", period.lastDayCome(today))
                .getSingleResult();
        return work(row, roles("v.cadre_id = :id", cadreId, period));
    }

    /** The station days due from each of the station's cadres while stationed there, summed, and those attended there. */
    public WorkFigures stationWork(UUID stationId, Period period, LocalDate today) {
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                        with due as (select distinct cadre_id, day from (%s) served where %s)
                        select (select count(*) from due),
                               (select count(*) from due where exists (select 1 from station_day_attendance a
                                                                         where a.cadre_id = due.cadre_id and a.station_id = :id
                                                                           and a.day = due.day)),
                               count(v.visit_id), count(v.visit_id) filter (where v.confirmed), count(distinct v.household_id)
                          from (select 1) one
                          left join household_visit v on v.station_id = :id and v.visited_on >= :from and v.visited_on < :until"""
                        .formatted(ServedDays.sql("s.station_id = :id"), ServedDays.STATION_DAY.formatted("day")))
                .setParameter("id", stationId).setParameter("from", period.from()).setParameter("until", period.until())
                .setParameter("last", period.lastDayCome(today))
                .getSingleResult();
        return work(row, roles("v.station_id = :id", stationId, period));
    }

    public CaseFigures cases(List<UUID> stationIds, Period period) {
        if (stationIds.isEmpty()) {
            return new CaseFigures(0, 0, 0, 0, 0, 0, null);
        }
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                        select count(*) filter (where opened_at >= :from and opened_at < :until),
                               count(*) filter (where %1$s),
                               count(*) filter (where %1$s and closed_on_time),
                               count(*) filter (where %1$s and closed_at_level = 'STATION'),
                               count(*) filter (where escalated_at >= :from and escalated_at < :until),
                               count(*) filter (where rated_at >= :from and rated_at < :until),
                               count(*) filter (where rated_at >= :from and rated_at < :until and rating <> 'UNSATISFIED')
                          from case_fact where station_id in (:stations)""".formatted(CLOSED_IN))
                .setParameter("stations", stationIds)
                .setParameter("from", period.fromTime()).setParameter("until", period.untilTime())
                .getSingleResult();
        int rated = number(row[5]);
        return new CaseFigures(number(row[0]), number(row[1]), number(row[2]), number(row[3]), number(row[4]), rated,
                rated == 0 ? null : (double) number(row[6]) / rated);
    }

    /** The stations a cadre served on some day of the period. */
    @SuppressWarnings("unchecked")
    public List<UUID> stationsOf(UUID cadreId, Period period) {
        return entityManager.createNativeQuery("""
                        select distinct station_id from stationing
                         where cadre_id = :id and (starts_on is null or starts_on < :until) and (ended_on is null or ended_on >= :from)""", UUID.class)
                .setParameter("id", cadreId).setParameter("from", period.from()).setParameter("until", period.until())
                .getResultList();
    }

    /** Whether any stationing of the cadre is known: evaluation-service knows a cadre from their assignments only. */
    public boolean knowsCadre(UUID cadreId) {
        return ((Number) entityManager.createNativeQuery("select count(*) from stationing where cadre_id = :id")
                .setParameter("id", cadreId).getSingleResult()).longValue() > 0;
    }

    /** Visits of the period per role (五员): a visit in two roles counts for each. */
    @SuppressWarnings("unchecked")
    private Map<FiveRole, Integer> roles(String filter, UUID id, Period period) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select r.code, count(*) from household_visit v cross join unnest(v.roles) as r(code)
                         where %s and v.visited_on >= :from and v.visited_on < :until group by r.code""".formatted(filter))
                .setParameter("id", id).setParameter("from", period.from()).setParameter("until", period.until())
                .getResultList();
        Map<FiveRole, Integer> visits = new EnumMap<>(FiveRole.class);
        rows.forEach(r -> visits.put(FiveRole.valueOf((String) r[0]), number(r[1])));
        return visits;
    }

    private static WorkFigures work(Object[] row, Map<FiveRole, Integer> roles) {
        return new WorkFigures(number(row[1]), number(row[0]), number(row[2]), number(row[3]), number(row[4]), RoleWork.of(roles));
    }

    private static int number(Object value) {
        return ((Number) value).intValue();
    }
}
