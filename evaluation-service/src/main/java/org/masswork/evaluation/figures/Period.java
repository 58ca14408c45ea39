package org.masswork.evaluation.figures;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;

/** Days {@code [from, until)} in the county's time zone; the times are their starts. */
public record Period(LocalDate from, LocalDate until, OffsetDateTime fromTime, OffsetDateTime untilTime) {

    public static Period of(LocalDate from, LocalDate until, ZoneId zone) {
        return new Period(from, until, from.atStartOfDay(zone).toOffsetDateTime(), until.atStartOfDay(zone).toOffsetDateTime());
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
}
