package org.masswork.evaluation.verdict;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.masswork.evaluation.figures.Period;

/** Gathers the formula's inputs for every cadre of a round in one query, however many cadres. */
@ApplicationScoped
public class VerdictQueries {

    private final EntityManager entityManager;

    VerdictQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @SuppressWarnings("unchecked")
    public List<VerdictInputs> inputs(UUID roundId, Period period) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select rc.cadre_id, rc.station_id, rc.township_id,
                               coalesce(b.valid, 0), coalesce(b.satisfied, 0), coalesce(b.basically, 0), coalesce(b.unsatisfied, 0),
                               b.scores, s.score, coalesce(a.days, 0), coalesce(c.closed, 0), coalesce(c.on_time, 0)
                          from round_cadre rc
                          left join (select cadre_id, count(*) valid,
                                            count(*) filter (where rating = 'SATISFIED') satisfied,
                                            count(*) filter (where rating = 'BASICALLY_SATISFIED') basically,
                                            count(*) filter (where rating = 'UNSATISFIED') unsatisfied,
                                            avg((attitude + effectiveness + integrity + diligence) / 4.0) scores
                                       from ballot where round_id = :round and valid group by cadre_id) b on b.cadre_id = rc.cadre_id
                          left join (select station_id, avg(score) score from supervision_review
                                      where month >= :from and month < :until group by station_id) s on s.station_id = rc.station_id
                          left join (select cadre_id, count(distinct day) days from station_day_attendance
                                      where day >= :from and day < :until and extract(day from day) between 25 and 27
                                      group by cadre_id) a on a.cadre_id = rc.cadre_id
                          left join (select station_id,
                                            count(*) filter (where closed_at >= :fromTime and closed_at < :untilTime
                                                             and (reopened_at is null or reopened_at < closed_at)) closed,
                                            count(*) filter (where closed_at >= :fromTime and closed_at < :untilTime
                                                             and (reopened_at is null or reopened_at < closed_at) and closed_on_time) on_time
                                       from case_fact
                                      where station_id in (select station_id from round_cadre where round_id = :round)
                                      group by station_id) c on c.station_id = rc.station_id
                         where rc.round_id = :round""")
                .setParameter("round", roundId)
                .setParameter("from", period.from()).setParameter("until", period.until())
                .setParameter("fromTime", period.fromTime()).setParameter("untilTime", period.untilTime())
                .getResultList();
        int due = period.stationDaysDue();
        return rows.stream().map(r -> new VerdictInputs((UUID) r[0], (UUID) r[1], (UUID) r[2], number(r[3]), number(r[4]),
                number(r[5]), number(r[6]), decimal(r[7]), decimal(r[8]), number(r[9]), due, number(r[10]), number(r[11]))).toList();
    }

    private static int number(Object value) {
        return ((Number) value).intValue();
    }

    private static Double decimal(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }
}
