package org.masswork.platform.time;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.masswork.platform.input.InvalidParameter;
import org.masswork.platform.language.Text;

/**
 * The period of a figures endpoint: days {@code from} to {@code to} of the county's calendar, both included, and the
 * instants they cover, {@code [start, end)}: {@code from} 00:00 to the day after {@code to} 00:00 in the county's zone
 * (never UTC days). At most {@link #MAX_DAYS} days; {@code to} before {@code from} or a longer period is a 400 naming
 * {@code to}.
 *
 * <p>The figures rollups name their days and months in one zone, {@link #ROLLUP_ZONE}, whatever a county's own zone:
 * {@link #rollupDays} tells whether instants can be read from their rows.
 */
public record CountyPeriod(LocalDate from, LocalDate to, OffsetDateTime start, OffsetDateTime end) {

    /** A year, a leap year's included. */
    public static final int MAX_DAYS = 366;

    /**
     * The zone the figures rollups name their days and months in, as their SQL functions do (case-service's
     * case_figures_month, V7, and case_figures_day, V23; evaluation-service's case_county_day_of, V14). One zone for
     * every county: the province's period is in the configured zone, the same for every county, and a county's zone
     * may change when its CountyRegistered arrives after its first facts, so days named per county could not be trusted.
     */
    public static final ZoneId ROLLUP_ZONE = ZoneId.of("Asia/Shanghai");

    /** Days {@code [from, until)} of {@link #ROLLUP_ZONE}, as the rollups name them. */
    public record RollupDays(LocalDate from, LocalDate until) {
    }

    public static CountyPeriod of(LocalDate from, LocalDate to, ZoneId zone) {
        if (to.isBefore(from)) {
            throw new InvalidParameter("to", Text.of("不得早于 from", "must not be before from"));
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new InvalidParameter("to", Text.of("期间不得超过 " + MAX_DAYS + " 天（from 与 to 均含）",
                    "the period must not be longer than " + MAX_DAYS + " days (from and to included)"));
        }
        return new CountyPeriod(from, to, from.atStartOfDay(zone).toOffsetDateTime(), to.plusDays(1).atStartOfDay(zone).toOffsetDateTime());
    }

    /**
     * The instants {@code [start, end)} as the rollups' days, when both are midnights in {@link #ROLLUP_ZONE}; otherwise
     * (a county of another zone) empty, and they are to be counted from the facts.
     */
    public static Optional<RollupDays> rollupDays(OffsetDateTime start, OffsetDateTime end) {
        ZonedDateTime from = start.atZoneSameInstant(ROLLUP_ZONE);
        ZonedDateTime until = end.atZoneSameInstant(ROLLUP_ZONE);
        if (!from.toLocalTime().equals(LocalTime.MIDNIGHT) || !until.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return Optional.empty();
        }
        return Optional.of(new RollupDays(from.toLocalDate(), until.toLocalDate()));
    }
}
