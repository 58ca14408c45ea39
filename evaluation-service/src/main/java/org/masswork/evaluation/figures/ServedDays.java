package org.masswork.evaluation.figures;

/**
 * The one definition of the station days due, shared by the figures and the verdicts, and cadre-service's
 * ({@code AttendanceService}): a station day (the 25th, 26th or 27th, in the county's calendar) is due from a
 * cadre when it falls within one of their assignments (start to end, both included) and has come (today
 * included). Stationings whose start has not arrived yet (the end came first) count no day.
 *
 * <p>Two forms of the same days: a row per day ({@link #sql}, for the verdicts, which count more than station days
 * over the days served) and a date range per stationing ({@link #DAYS}, for the figures, which count station days
 * only and so need no row per day).
 */
public final class ServedDays {

    /** Whether the date column is a station day. */
    public static final String STATION_DAY = "extract(day from %s) between 25 and 27";

    private static final String FIRST = "greatest(s.starts_on, cast(:from as date))";
    private static final String LAST = "least(coalesce(s.ended_on, cast(:last as date)), cast(:last as date))";

    /** Whether the stationing {@code s} has a cadre and serves some day of {@code [:from, :last]}. */
    public static final String SERVES = "s.cadre_id is not null and s.starts_on is not null and " + FIRST + " <= " + LAST;

    /** The days of {@code [:from, :last]} the stationing {@code s} serves, a date range; only where {@link #SERVES}. */
    public static final String DAYS = "daterange(" + FIRST + ", " + LAST + ", '[]')";

    /** Whether the stationing {@code s} serves the date column: a day from its start to its end (if any), both included. */
    public static final String COVERS = "s.starts_on <= %1$s and (s.ended_on is null or s.ended_on >= %1$s)";

    /**
     * The station days from a fixed origin up to the date, included: three per month before the date's, and those of
     * its month up to its day. The station days of a range are the difference of this at its ends.
     */
    private static final String STATION_DAYS_THROUGH =
            "(3 * (12 * extract(year from %1$s) + extract(month from %1$s)) + least(3, greatest(0, extract(day from %1$s) - 24)))";

    /**
     * One row per cadre, station (with its county and township) and day served in {@code [:from, :last]} (dates, {@code :last} the last day
     * that has come), for the stationings the filter (on {@code s}) keeps.
     */
    public static String sql(String stationingFilter) {
        return """
                select distinct s.cadre_id, s.county_id, s.station_id, s.township_id, cast(d as date) as day
                  from stationing s
                 cross join lateral generate_series(cast(%s as timestamp), cast(%s as timestamp), interval '1 day') d
                 where s.cadre_id is not null and s.starts_on is not null and (%s)""".formatted(FIRST, LAST, stationingFilter);
    }

    /** The number of station days in a non-empty date range (as PostgreSQL keeps one: lower included, upper not). */
    public static String stationDaysIn(String range) {
        return STATION_DAYS_THROUGH.formatted("(upper(" + range + ") - 1)") + " - " + STATION_DAYS_THROUGH.formatted("(lower(" + range + ") - 1)");
    }

    private ServedDays() {
    }
}
