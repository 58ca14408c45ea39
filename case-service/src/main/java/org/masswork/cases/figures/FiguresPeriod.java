package org.masswork.cases.figures;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.masswork.platform.time.CountyPeriod;

/**
 * How the figures of [from, to) are read: the county months [monthsFrom, monthsTo) from the monthly rollup,
 * corrected by the cases of at most two spans at the edges. At each edge the shorter span is read: the days
 * of the period in its partial month (added), or the days of that month outside the period (taken away from
 * the whole month). A year up to now thus reads a few days of cases instead of two partial months.
 */
record FiguresPeriod(OffsetDateTime monthsFrom, OffsetDateTime monthsTo, List<Span> spans) {

    /** Cases received in [from, to), counted with the sign (1 or -1). */
    record Span(OffsetDateTime from, OffsetDateTime to, int sign) {
    }

    /** A county month: its first instant and the first instant of the next. */
    record CountyMonth(OffsetDateTime start, OffsetDateTime end) {

        Duration before(OffsetDateTime at) {
            return Duration.between(start, at);
        }

        Duration after(OffsetDateTime at) {
            return Duration.between(at, end);
        }
    }

    /** Whether every span is whole days of the rollups' zone, so that it can be read from the county days. */
    boolean inRollupDays() {
        return spans.stream().allMatch(span -> CountyPeriod.rollupDays(span.from(), span.to()).isPresent());
    }

    /** The i-th span; an empty one past the last, for a query that always reads two. */
    Span span(int i) {
        return i < spans.size() ? spans.get(i) : new Span(monthsFrom, monthsFrom, 1);
    }

    static FiguresPeriod of(OffsetDateTime from, OffsetDateTime to, CountyMonth fromMonth, CountyMonth toMonth) {
        List<Span> spans = new ArrayList<>(2);
        OffsetDateTime monthsFrom = fromMonth.start();
        if (from.isAfter(fromMonth.start())) {
            if (fromMonth.before(from).compareTo(fromMonth.after(from)) < 0) {
                spans.add(new Span(fromMonth.start(), from, -1));
            } else {
                monthsFrom = fromMonth.end();
                spans.add(new Span(from, fromMonth.end(), 1));
            }
        }
        OffsetDateTime monthsTo = toMonth.start();
        if (to.isAfter(toMonth.start())) {
            if (toMonth.after(to).compareTo(toMonth.before(to)) < 0) {
                monthsTo = toMonth.end();
                spans.add(new Span(to, toMonth.end(), -1));
            } else {
                spans.add(new Span(toMonth.start(), to, 1));
            }
        }
        if (!monthsFrom.isBefore(monthsTo)) {
            // No whole month to read (from and to in the same or adjacent months): the period's cases are fewer.
            return new FiguresPeriod(from, from, List.of(new Span(from, to, 1)));
        }
        return new FiguresPeriod(monthsFrom, monthsTo, List.copyOf(spans));
    }
}
