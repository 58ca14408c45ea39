package org.masswork.evaluation.figures;

import java.util.Optional;
import org.masswork.platform.time.CountyPeriod;

/**
 * The cases part of whole counties' rows (COUNTY and PROVINCE, not narrowed to a township, station or cadre) read from
 * the county days (case_county_day and its deltas not yet folded, V14) instead of the case facts: the same counts, a
 * row per county and day. The days are named in one zone ({@link CountyPeriod#ROLLUP_ZONE}), so a period is read
 * here only when its instants are midnights there; otherwise (a county of another zone) its cases are counted from the
 * facts.
 */
final class CountyCaseDays {

    /**
     * FiguresQueries.CASES' columns for {@code %1$s} (the key) and {@code %2$s} (the narrowing to a county); a group
     * whose cases all lie outside the period has no row, as there.
     */
    static final String CASES = """
            select %1$s, sum(c.received), sum(c.closed), sum(c.closed_on_time), sum(c.closed_at_station),
                   sum(c.escalated), sum(c.rated), sum(c.satisfied)
              from case_county_day_and_delta c
             where c.day >= :from and c.day < :until%2$s
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
