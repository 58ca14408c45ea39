package org.masswork.evaluation.figures;

/**
 * The one definition of the station days due, shared by the figures and the verdicts, and cadre-service's
 * ({@code AttendanceService}): a station day (the 25th, 26th or 27th, in the county's calendar) is due from a
 * cadre when it falls within one of their assignments (start to end, both included) and has come (today
 * included). Stationings whose start has not arrived yet (the end came first) count no day.
 */
public final class ServedDays {

    /** Whether the date column is a station day. */
    public static final String STATION_DAY = "extract(day from %s) between 25 and 27";

    /**
     * One row per cadre, station (with its county and township) and day served in {@code [:from, :last]} (dates, {@code :last} the last day
     * that has come), for the stationings the filter (on {@code s}) keeps.
     */
    public static String sql(String stationingFilter) {
        return """
                select distinct s.cadre_id, s.county_id, s.station_id, s.township_id, cast(d as date) as day
                  from stationing s
                 cross join lateral generate_series(
                           cast(greatest(s.starts_on, cast(:from as date)) as timestamp),
                           cast(least(coalesce(s.ended_on, cast(:last as date)), cast(:last as date)) as timestamp),
                           interval '1 day') d
                 where s.cadre_id is not null and s.starts_on is not null and (%s)""".formatted(stationingFilter);
    }

    private ServedDays() {
    }
}
