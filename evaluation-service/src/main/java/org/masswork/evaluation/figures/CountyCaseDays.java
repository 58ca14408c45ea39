package org.masswork.evaluation.figures;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The cases part of whole counties' rows (COUNTY and PROVINCE, not narrowed to a township, station or cadre) read from
 * the county days (case_county_day and its deltas not yet folded, V14) instead of the case facts: the same counts, a
 * row per county and day. The days are named in one zone, so a period is read here only when its instants are
 * midnights there; otherwise (a county of another zone) its cases are counted from the facts.
 */
final class CountyCaseDays {

    /** The zone the county days are named in (case_county_day_of, V14). */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

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

    /** The period with its days named in {@link #ZONE}, when its instants are whole days there. */
    static Optional<Period> days(Period period) {
        if (!midnight(period.fromTime()) || !midnight(period.untilTime())) {
            return Optional.empty();
        }
        return Optional.of(new Period(period.fromTime().atZoneSameInstant(ZONE).toLocalDate(),
                period.untilTime().atZoneSameInstant(ZONE).toLocalDate(), period.fromTime(), period.untilTime()));
    }

    private static boolean midnight(OffsetDateTime at) {
        return at.atZoneSameInstant(ZONE).toLocalTime().equals(LocalTime.MIDNIGHT);
    }
}
