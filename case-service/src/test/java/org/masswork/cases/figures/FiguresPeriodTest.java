package org.masswork.cases.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.masswork.cases.figures.FiguresPeriod.CountyMonth;
import org.masswork.cases.figures.FiguresPeriod.Span;
import org.masswork.infra.County;

class FiguresPeriodTest {

    @Test
    void shouldReadAYearUpToNowFromTwelveMonthsOfRollupAndAFewDaysOfCases() {
        OffsetDateTime from = OffsetDateTime.parse("2025-11-27T16:50:00Z");
        OffsetDateTime to = OffsetDateTime.parse("2026-11-27T16:50:00Z");

        FiguresPeriod period = split(from, to);

        assertThat(period.monthsFrom()).isEqualTo(OffsetDateTime.parse("2025-11-30T16:00:00Z"));
        assertThat(period.monthsTo()).isEqualTo(OffsetDateTime.parse("2026-11-30T16:00:00Z"));
        assertThat(period.spans()).containsExactly(
                new Span(from, OffsetDateTime.parse("2025-11-30T16:00:00Z"), 1),
                new Span(to, OffsetDateTime.parse("2026-11-30T16:00:00Z"), -1));
    }

    @Test
    void shouldTellWhetherTheEdgesAreWholeDaysOfTheRollupZone() {
        FiguresPeriod countyDays = split(OffsetDateTime.parse("2026-03-04T16:00:00Z"), OffsetDateTime.parse("2026-05-09T16:00:00Z"));
        FiguresPeriod otherZonesDays = split(OffsetDateTime.parse("2026-03-04T18:00:00Z"), OffsetDateTime.parse("2026-05-09T18:00:00Z"));

        assertThat(countyDays.spans()).hasSize(2);
        assertThat(countyDays.inRollupDays()).isTrue();
        assertThat(otherZonesDays.spans()).hasSize(2);
        assertThat(otherZonesDays.inRollupDays()).isFalse();
    }

    @Test
    void shouldReadWholeMonthsFromTheRollupAlone() {
        FiguresPeriod period = split(OffsetDateTime.parse("2026-01-31T16:00:00Z"), OffsetDateTime.parse("2026-04-30T16:00:00Z"));

        assertThat(period.monthsFrom()).isEqualTo(OffsetDateTime.parse("2026-01-31T16:00:00Z"));
        assertThat(period.monthsTo()).isEqualTo(OffsetDateTime.parse("2026-04-30T16:00:00Z"));
        assertThat(period.spans()).isEmpty();
    }

    @Test
    void shouldReadAFewDaysWithoutAWholeMonthFromTheCases() {
        OffsetDateTime from = OffsetDateTime.parse("2026-03-20T00:00:00Z");
        OffsetDateTime to = OffsetDateTime.parse("2026-04-05T00:00:00Z");

        FiguresPeriod period = split(from, to);

        assertThat(period.monthsFrom()).isEqualTo(period.monthsTo());
        assertThat(period.spans()).containsExactly(new Span(from, to, 1));
    }

    @Test
    void shouldCountEveryInstantOfThePeriodOnceAndNoneOutsideWhileReadingAtMostHalfAMonthPerEdge() {
        Random random = new Random(20261127);
        OffsetDateTime origin = OffsetDateTime.parse("2025-01-01T00:00:00Z");
        for (int i = 0; i < 2_000; i++) {
            OffsetDateTime from = origin.plusMinutes(random.nextInt(2 * 365 * 24 * 60));
            OffsetDateTime to = from.plusMinutes(1 + random.nextInt(random.nextBoolean() ? 45 * 24 * 60 : 400 * 24 * 60));
            FiguresPeriod period = split(from, to);

            for (OffsetDateTime at : samples(from, to, random)) {
                int expected = !at.isBefore(from) && at.isBefore(to) ? 1 : 0;
                assertThat(count(period, at)).as("%s in [%s, %s): %s", at, from, to, period).isEqualTo(expected);
            }
            boolean wholeMonths = period.monthsFrom().isBefore(period.monthsTo());
            for (Span span : period.spans()) {
                Duration length = Duration.between(span.from(), span.to());
                assertThat(length).isLessThanOrEqualTo(wholeMonths ? Duration.ofDays(16) : Duration.ofDays(62));
            }
        }
    }

    /** The instants where a mistake would show: the period's ends, the month starts near them, and random ones. */
    private static List<OffsetDateTime> samples(OffsetDateTime from, OffsetDateTime to, Random random) {
        List<OffsetDateTime> samples = new ArrayList<>();
        for (OffsetDateTime edge : List.of(from, to, month(from).start(), month(from).end(), month(to).start(), month(to).end())) {
            samples.add(edge.minusNanos(1));
            samples.add(edge);
        }
        long seconds = Duration.between(from, to).toSeconds() + 90L * 24 * 3600;
        for (int i = 0; i < 20; i++) {
            samples.add(from.minusDays(45).plusSeconds((long) (random.nextDouble() * seconds)));
        }
        return samples;
    }

    private static int count(FiguresPeriod period, OffsetDateTime at) {
        int count = !at.isBefore(period.monthsFrom()) && at.isBefore(period.monthsTo()) ? 1 : 0;
        for (Span span : period.spans()) {
            if (!at.isBefore(span.from()) && at.isBefore(span.to())) {
                count += span.sign();
            }
        }
        return count;
    }

    private static FiguresPeriod split(OffsetDateTime from, OffsetDateTime to) {
        return FiguresPeriod.of(from, to, month(from), month(to));
    }

    private static CountyMonth month(OffsetDateTime at) {
        LocalDate first = at.atZoneSameInstant(County.ZONE).toLocalDate().withDayOfMonth(1);
        return new CountyMonth(first.atStartOfDay(County.ZONE).withZoneSameInstant(ZoneOffset.UTC).toOffsetDateTime(),
                first.plusMonths(1).atStartOfDay(County.ZONE).withZoneSameInstant(ZoneOffset.UTC).toOffsetDateTime());
    }
}
