package org.masswork.evaluation.verdict;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.masswork.evaluation.facts.FiveRole;
import org.masswork.evaluation.figures.ServedDays;
import org.masswork.evaluation.round.BallotBox;

/**
 * Gathers the formula's inputs for every cadre of a round in one query, however many cadres. Everything objective
 * is counted over the days each cadre served (any station, assignment start to end) within {@code [from, last]}:
 * the half year up to the close.
 */
@ApplicationScoped
public class VerdictQueries {

    private static final List<FiveRole> ROLES = List.of(FiveRole.values());

    private static final String INPUTS = """
            with rc as (select cadre_id, station_id, township_id from round_cadre where round_id = :round),
            served as (%1$s),
            days as (select distinct cadre_id, day from served),
            service as (select cadre_id, count(*) as days, count(*) filter (where %2$s) as due from days group by cadre_id),
            attended as (select d.cadre_id, count(*) as days from days d
                          where %3$s and exists (select 1 from station_day_attendance a where a.cadre_id = d.cadre_id and a.day = d.day)
                          group by d.cadre_id),
            ballots as (select cadre_id, count(*) as valid,
                               count(*) filter (where rating = 'SATISFIED') as satisfied,
                               count(*) filter (where rating = 'BASICALLY_SATISFIED') as basically,
                               count(*) filter (where rating = 'UNSATISFIED') as unsatisfied,
                               avg((attitude + effectiveness + integrity + diligence) / 4.0) as scores
                          from %4$s b where valid group by cadre_id),
            months as (select distinct cadre_id, station_id, cast(date_trunc('month', day) as date) as month from served),
            supervision as (select m.cadre_id, avg(r.score) as score, count(*) as reviews
                              from months m join supervision_review r on r.station_id = m.station_id and r.month = m.month
                             group by m.cadre_id),
            cases as (select x.cadre_id, count(*) as closed, count(*) filter (where x.on_time) as on_time
                        from (select distinct sv.cadre_id, c.case_id, c.closed_on_time as on_time
                                from served sv join case_fact c on c.station_id = sv.station_id
                                 and cast(c.closed_at at time zone :zone as date) = sv.day
                               where c.closed_at is not null and (c.reopened_at is null or c.reopened_at < c.closed_at)) x
                       group by x.cadre_id),
            visits as (select v.cadre_id, count(*) as visits, %5$s
                         from household_visit v join days d on d.cadre_id = v.cadre_id and d.day = v.visited_on
                        group by v.cadre_id)
            select rc.cadre_id, rc.station_id, rc.township_id,
                   coalesce(b.valid, 0), coalesce(b.satisfied, 0), coalesce(b.basically, 0), coalesce(b.unsatisfied, 0), b.scores,
                   sp.score, coalesce(sp.reviews, 0), coalesce(sv.days, 0), coalesce(sv.due, 0), coalesce(a.days, 0),
                   coalesce(c.closed, 0), coalesce(c.on_time, 0), coalesce(v.visits, 0), %6$s
              from rc
              left join ballots b on b.cadre_id = rc.cadre_id
              left join service sv on sv.cadre_id = rc.cadre_id
              left join attended a on a.cadre_id = rc.cadre_id
              left join supervision sp on sp.cadre_id = rc.cadre_id
              left join cases c on c.cadre_id = rc.cadre_id
              left join visits v on v.cadre_id = rc.cadre_id"""
            .formatted(ServedDays.sql("s.cadre_id in (select cadre_id from round_cadre where round_id = :round)"),
                    ServedDays.STATION_DAY.formatted("day"), ServedDays.STATION_DAY.formatted("d.day"),
                    BallotBox.ballotsOf(":round"),
                    ROLES.stream().map(r -> "count(*) filter (where '%s' = any(v.roles)) as %s".formatted(r.name(), r.name().toLowerCase()))
                            .collect(Collectors.joining(", ")),
                    ROLES.stream().map(r -> "coalesce(v.%s, 0)".formatted(r.name().toLowerCase())).collect(Collectors.joining(", ")));

    private final EntityManager entityManager;

    VerdictQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @SuppressWarnings("unchecked")
    public List<VerdictInputs> inputs(UUID roundId, LocalDate from, LocalDate last, ZoneId zone) {
        List<Object[]> rows = entityManager.createNativeQuery(INPUTS)
                .setParameter("round", roundId).setParameter("from", from).setParameter("last", last)
                .setParameter("zone", zone.getId())
                .getResultList();
        return rows.stream().map(r -> new VerdictInputs((UUID) r[0], (UUID) r[1], (UUID) r[2], number(r[3]), number(r[4]),
                number(r[5]), number(r[6]), decimal(r[7]), decimal(r[8]), number(r[9]), number(r[10]), number(r[11]), number(r[12]),
                number(r[13]), number(r[14]), number(r[15]), roles(r, 16))).toList();
    }

    private static Map<FiveRole, Integer> roles(Object[] row, int first) {
        Map<FiveRole, Integer> visits = new EnumMap<>(FiveRole.class);
        for (int i = 0; i < ROLES.size(); i++) {
            visits.put(ROLES.get(i), number(row[first + i]));
        }
        return visits;
    }

    private static int number(Object value) {
        return ((Number) value).intValue();
    }

    private static Double decimal(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }
}
