package org.masswork.platform.time;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.masswork.platform.input.InvalidParameter;
import org.masswork.platform.language.Text;

/**
 * The period of a figures endpoint: days {@code from} to {@code to} of the county's calendar, both included, and the
 * instants they cover, {@code [start, end)}: {@code from} 00:00 to the day after {@code to} 00:00 in the county's zone
 * (never UTC days). At most {@link #MAX_DAYS} days; {@code to} before {@code from} or a longer period is a 400 naming
 * {@code to}.
 */
public record CountyPeriod(LocalDate from, LocalDate to, OffsetDateTime start, OffsetDateTime end) {

    /** A year, a leap year's included. */
    public static final int MAX_DAYS = 366;

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
}
