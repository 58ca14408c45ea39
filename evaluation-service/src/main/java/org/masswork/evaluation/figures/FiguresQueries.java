package org.masswork.evaluation.figures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/** Aggregates the stored facts on read, so a late or repeated event can never leave a wrong counter. */
@ApplicationScoped
public class FiguresQueries {

    /** The closed-case condition: the latest close is not followed by a reopening. */
    static final String CLOSED_IN = "closed_at >= :from and closed_at < :until and (reopened_at is null or reopened_at < closed_at)";

    private final EntityManager entityManager;

    FiguresQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public WorkFigures cadreWork(UUID cadreId, Period period) {
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                        select (select count(distinct day) from station_day_attendance
                                 where cadre_id = :id and day >= :from and day < :until and extract(day from day) between 25 and 27),
                               count(v.visit_id), count(v.visit_id) filter (where v.confirmed), count(distinct v.household_id)
                          from (select 1) one
                          left join household_visit v on v.cadre_id = :id and v.visited_on >= :from and v.visited_on < :until""")
                .setParameter("id", cadreId).setParameter("from", period.from()).setParameter("until", period.until())
                .getSingleResult();
        return work(row, period.stationDaysDue());
    }

    public WorkFigures stationWork(UUID stationId, Period period) {
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                        select (select count(distinct (cadre_id, day)) from station_day_attendance
                                 where station_id = :id and day >= :from and day < :until and extract(day from day) between 25 and 27),
                               count(v.visit_id), count(v.visit_id) filter (where v.confirmed), count(distinct v.household_id)
                          from (select 1) one
                          left join household_visit v on v.station_id = :id and v.visited_on >= :from and v.visited_on < :until""")
                .setParameter("id", stationId).setParameter("from", period.from()).setParameter("until", period.until())
                .getSingleResult();
        return work(row, period.stationDaysDue());
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

    private static WorkFigures work(Object[] row, int due) {
        return new WorkFigures(number(row[0]), due, number(row[1]), number(row[2]), number(row[3]));
    }

    private static int number(Object value) {
        return ((Number) value).intValue();
    }
}
