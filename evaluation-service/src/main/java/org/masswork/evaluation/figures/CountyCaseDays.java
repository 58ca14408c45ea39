package org.masswork.evaluation.figures;

import java.util.Optional;
import org.masswork.platform.time.CountyPeriod;

/**
 * The cases part of whole counties' rows (COUNTY and PROVINCE, not narrowed to a township, station or cadre) read from
 * the county rollups instead of the case facts: the period's whole months from the county months (case_county_month,
 * V17), the days of a partial month at either end from the county days (case_county_day, V14), plus the deltas not
 * folded yet (case_county_day_delta), which the fold adds to both at once: the same counts, a year 12 rows a county.
 * The days and months are named in one zone ({@link CountyPeriod#ROLLUP_ZONE}), so a period is read here only when its
 * instants are midnights there; otherwise (a county of another zone) its cases are counted from the facts.
 */
final class CountyCaseDays {

    /**
     * FiguresQueries.CASES' columns for {@code %1$s} (the key) and {@code %2$s} (the narrowing to a county); a group
     * whose cases all lie outside the period has no row, as there. {@code :from} and {@code :until} are the period's
     * days, {@code :months_from} and {@code :months_until} its whole months ({@link Period#wholeMonths()}).
     */
    static final String CASES = """
            select %1$s, sum(c.received), sum(c.closed), sum(c.closed_on_time), sum(c.closed_at_station),
                   sum(c.escalated), sum(c.rated), sum(c.satisfied)
              from (select county_id, received, closed, closed_on_time, closed_at_station, escalated, rated, satisfied
                      from case_county_month where month >= :months_from and month < :months_until
                    union all
                    select county_id, received, closed, closed_on_time, closed_at_station, escalated, rated, satisfied
                      from case_county_day where day >= :from and day < :months_from
                    union all
                    select county_id, received, closed, closed_on_time, closed_at_station, escalated, rated, satisfied
                      from case_county_day where day >= :months_until and day < :until
                    union all
                    select county_id, received, closed, closed_on_time, closed_at_station, escalated, rated, satisfied
                      from case_county_day_delta where day >= :from and day < :until) c
             where true%2$s
             group by 1, 2, 3, 4
            having sum(c.received) <> 0 or sum(c.closed) <> 0 or sum(c.escalated) <> 0 or sum(c.rated) <> 0""";

    private CountyCaseDays() {
    }

    /** The period with its days named in the rollups' zone, when its instants are whole days there. */
    static Optional<Period> days(Period period) {
        return CountyPeriod.rollupDays(period.fromTime(), period.untilTime())
                .map(days -> new Period(days.from(), days.until(), period.fromTime(), period.untilTime()));
    }
}
