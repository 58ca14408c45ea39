package org.masswork.evaluation.figures;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import org.masswork.platform.time.CountyPeriod;

/** Days {@code [from, until)} in the county's time zone; the times are their starts. */
public record Period(LocalDate from, LocalDate until, OffsetDateTime fromTime, OffsetDateTime untilTime) {

    /** Days {@code [from, until)} that are whole calendar months, each from its 1st; empty at the period's end when none. */
    public record WholeMonths(LocalDate from, LocalDate until) {
    }

    public static Period of(LocalDate from, LocalDate until, ZoneId zone) {
        return new Period(from, until, from.atStartOfDay(zone).toOffsetDateTime(), until.atStartOfDay(zone).toOffsetDateTime());
    }

    /** The days of a figures endpoint's period, {@code to} included. */
    public static Period of(CountyPeriod days) {
        return new Period(days.from(), days.to().plusDays(1), days.start(), days.end());
    }

    public static Period month(YearMonth month, ZoneId zone) {
        return of(month.atDay(1), month.plusMonths(1).atDay(1), zone);
    }

    /**
     * The last day of the period that has come, {@code today} included: station days are due only up to it, as
     * cadre-service counts them. Before {@code from} when the period lies wholly in the future.
     */
    public LocalDate lastDayCome(LocalDate today) {
        LocalDate last = until.minusDays(1);
        return last.isBefore(today) ? last : today;
    }

    /**
     * The period's whole months. Its other days, before and after them, lie in the partial months at its edges; a
     * period without a whole month gets an empty range at its end, so all its days are edge days.
     */
    public WholeMonths wholeMonths() {
        LocalDate first = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate end = until.withDayOfMonth(1);
        return first.isBefore(end) ? new WholeMonths(first, end) : new WholeMonths(until, until);
    }
}
