package org.masswork.evaluation.figures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Parameter;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.masswork.evaluation.facts.FiveRole;

/**
 * Aggregates the stored facts on read, so a late or repeated event can never leave a wrong counter: one grouped
 * query per kind of figure (the groups served, station days due, station days attended, visits, cases), whatever the
 * number of rows, merged by the row's key. Whole counties' and the province's station days come from rollups that
 * hold each station day as those queries count it (V12), plus the check-ins not folded yet (V15), a day changed
 * otherwise since the last fold counted live; their visits from their rollups ({@link WholeCountyVisits}, V13) and
 * their cases from their county months and days ({@link CountyCaseDays}, V14 and V17), which give the same figures.
 * The queries of whole counties read the most rows and run side by side ({@link ParallelReads}); a narrower report's
 * run in turn, on the request's one connection.
 */
@ApplicationScoped
public class FiguresQueries {

    /** A stationing that covers some day of the period; one whose assignment has not arrived yet counts (its end has). */
    private static final String SERVED_IN = "s.cadre_id is not null and (s.starts_on is null or s.starts_on < :until)"
            + " and (s.ended_on is null or s.ended_on >= :from)";

    /** The closed-case condition: the latest close is in the period and not followed by a reopening. */
    private static final String CLOSED_IN = "c.closed_at >= :start and c.closed_at < :end"
            + " and (c.reopened_at is null or c.reopened_at < c.closed_at)";

    private static final String SERVED = """
            select distinct %1$s, s.township_id, s.station_id from stationing s where %2$s%3$s""";

    /**
     * The counties with a stationing serving in the period, for a row per county: whole counties need no township or
     * station of {@link #SERVED}, whose distinct triples would read every stationing of the province. The counties are
     * found in the index leading with the county, one step each, and a stationing serving in the period within each.
     */
    private static final String COUNTIES_SERVED = """
            with recursive counties as (
                (select county_id from stationing order by county_id limit 1)
                union all
                select (select s.county_id from stationing s where s.county_id > c.county_id order by s.county_id limit 1)
                  from counties c where c.county_id is not null)
            select %1$s from counties c
             where c.county_id is not null and exists (select 1 from stationing s where s.county_id = c.county_id and %2$s)""";

    /**
     * A due day is a station day a cadre served within the group: each cadre's stationings in the group merged into
     * ranges of days (a day served at two of its stations counts once; in a station's row, once per station), and the
     * station days of each range counted by arithmetic, without a row per day.
     */
    private static final String STATION_DAYS_DUE = """
            select key_county, key_township, key_station, key_cadre, sum(%3$s)
              from (select %1$s, range_agg(%4$s) as days from stationing s where %5$s%2$s group by 1, 2, 3, 4, s.cadre_id) served
             cross join lateral unnest(served.days) r
             group by 1, 2, 3, 4""";

    /**
     * A due day is attended when the cadre checked in that day within the group and the narrowing: the check-ins of
     * the period's station days on a day a stationing of the cadre within the group (and the narrowing) serves, each
     * day once per cadre and group. A county's check-ins come from its index in the order of cadre and day, so the
     * stationings are merged into them and the days counted per cadre without sorting the period's check-ins.
     */
    private static final String STATION_DAYS_ATTENDED = """
            select key_county, key_township, key_station, key_cadre, sum(days)
              from (select %1$s, count(distinct a.day) as days
                      from station_day_attendance a join stationing s on s.cadre_id = a.cadre_id and %4$s%5$s%6$s
                     where a.day >= :from and a.day <= :last and %2$s%3$s
                     group by 1, 2, 3, 4, a.cadre_id) attended
             group by 1, 2, 3, 4""";

    /**
     * A row per whole county of the station days due and attended, equal to {@link #STATION_DAYS_DUE} and
     * {@link #STATION_DAYS_ATTENDED} for such rows: the period's station days up to the last day that has come, each read
     * from the county's rollup row (V12) with the cadres its check-ins not folded yet add (V15), or counted live as the
     * fold counts it while a change of a stationing or a check-in not yet folded left it dirty. A county with nothing
     * due has no row, as there.
     */
    private static final String COUNTY_STATION_DAYS = """
            with days as (select day from work_figures_station_days(cast(:from as date), cast(:last as date)) as d(day)),
                 dirty as (select distinct w.county_id, d.day
                             from work_figures_dirty w join days d on d.day between w.from_day and w.to_day%2$s)
            select %1$s, sum(counted.due), sum(counted.attended)
              from (select r.county_id, r.due, r.attended
                      from work_figures_county_day r join days d on d.day = r.day
                     where not exists (select 1 from dirty x where x.county_id = r.county_id and x.day = r.day)%3$s
                    union all
                    select p.county_id, 0, p.attended
                      from work_figures_added_to_counties(cast(:from as date), cast(:last as date)) p
                     where not exists (select 1 from dirty x where x.county_id = p.county_id and x.day = p.day)%4$s
                    union all
                    select x.county_id, f.due, f.attended
                      from dirty x cross join lateral work_figures_county_days(x.county_id, x.day, x.day) f) counted
             group by 1, 2, 3, 4 having sum(counted.due) > 0""";

    /** The province's station days due and attended as {@link #COUNTY_STATION_DAYS} reads a county's, from its own rollup. */
    private static final String PROVINCE_STATION_DAYS = """
            with days as (select day from work_figures_station_days(cast(:from as date), cast(:last as date)) as d(day)),
                 dirty as (select distinct d.day from work_figures_dirty w join days d on d.day between w.from_day and w.to_day)
            select %1$s, coalesce(sum(counted.due), 0), coalesce(sum(counted.attended), 0)
              from (select r.due, r.attended
                      from work_figures_province_day r join days d on d.day = r.day
                     where r.day not in (select day from dirty)
                    union all
                    select 0, p.attended
                      from work_figures_added_to_province(cast(:from as date), cast(:last as date)) p
                     where p.day not in (select day from dirty)
                    union all
                    select f.due, f.attended
                      from dirty x cross join lateral work_figures_province_days(x.day, x.day) f) counted""";

    private static final String VISITS = """
            select %1$s, count(*), count(*) filter (where v.confirmed), count(distinct v.household_id), %2$s
              from household_visit v where v.visited_on >= :from and v.visited_on < :until%3$s group by 1, 2, 3, 4""";

    private static final String CASES = """
            select %1$s,
                   count(*) filter (where c.opened_at >= :start and c.opened_at < :end),
                   count(*) filter (where %4$s),
                   count(*) filter (where %4$s and c.closed_on_time),
                   count(*) filter (where %4$s and c.closed_at_level = 'STATION'),
                   count(*) filter (where c.escalated_at >= :start and c.escalated_at < :end),
                   count(*) filter (where c.rated_at >= :start and c.rated_at < :end),
                   count(*) filter (where c.rated_at >= :start and c.rated_at < :end and c.rating <> 'UNSATISFIED')
              from %2$s
             where (c.opened_at >= :start and c.opened_at < :end or %4$s
                    or c.escalated_at >= :start and c.escalated_at < :end or c.rated_at >= :start and c.rated_at < :end)%3$s
             group by 1, 2, 3, 4""";

    /** The stations each cadre (of the group and narrowing) served in the period, whose cases their rows count. */
    private static final String CADRES_STATIONS = """
            (select distinct s.county_id, s.township_id, s.station_id, s.cadre_id from stationing s where %s%s) s
              join case_fact c on c.station_id = s.station_id""";

    private static final String NO_KEY = "cast(null as uuid)";

    private static final String ROLE_COUNTS = Arrays.stream(FiveRole.values())
            .map(r -> "count(*) filter (where '%s' = any(v.roles))".formatted(r.name())).collect(Collectors.joining(", "));

    private final EntityManager entityManager;
    private final ParallelReads parallelReads;

    FiguresQueries(EntityManager entityManager, ParallelReads parallelReads) {
        this.entityManager = entityManager;
        this.parallelReads = parallelReads;
    }

    /**
     * The rows of the grouping, in their order; the PROVINCE row always, a COUNTY row always for the county narrowed to
     * (else for every county known or with any figure), the others where the group has any figure.
     */
    public List<WorkFigures> rows(FiguresGrouping groupBy, Narrowing narrowing, Period period, LocalDate today) {
        List<Part> parts = new ArrayList<>();
        Bindings bind = new Bindings(narrowing, period, today);
        boolean wholeCounties = narrowing.wholeCounties(groupBy);
        List<UUID> knownCounties = narrowing.countyId() == null && (wholeCounties || groupBy == FiguresGrouping.COUNTY)
                ? knownCounties() : List.of();
        if (!wholeCounties) {
            parts.add(new Part(SERVED.formatted(key(groupBy, "s"), SERVED_IN, filter("s", narrowing, true)), bind, (row, r) -> {
                row.townships.add((UUID) r[4]);
                row.stations.add((UUID) r[5]);
            }));
        } else if (groupBy == FiguresGrouping.COUNTY && narrowing.countyId() == null) {
            parts.add(new Part(COUNTIES_SERVED.formatted(key(groupBy, "c"), SERVED_IN), bind, (row, r) -> { }));
        }
        if (wholeCounties && rollupsReach(period.lastDayCome(today))) {
            String stationDays = groupBy == FiguresGrouping.PROVINCE && narrowing.countyId() == null
                    ? PROVINCE_STATION_DAYS.formatted(key(groupBy, "counted"))
                    : COUNTY_STATION_DAYS.formatted(key(groupBy, "counted"), filter("w", narrowing, false), filter("r", narrowing, false),
                            filter("p", narrowing, false));
            parts.add(new Part(stationDays, bind, (row, r) -> {
                row.due = number(r[4]);
                row.attended = number(r[5]);
            }));
        } else {
            parts.add(new Part(STATION_DAYS_DUE.formatted(key(groupBy, "s"), filter("s", narrowing, true), ServedDays.stationDaysIn("r"),
                    ServedDays.DAYS, ServedDays.SERVES), bind, (row, r) -> row.due = number(r[4])));
            parts.add(new Part(STATION_DAYS_ATTENDED.formatted(key(groupBy, "a"), ServedDays.STATION_DAY.formatted("a.day"), filter("a", narrowing, true),
                    ServedDays.COVERS.formatted("a.day"), sameGroup(groupBy, "s", "a"), filter("s", narrowing, true)), bind,
                    (row, r) -> row.attended = number(r[4])));
        }
        List<String> visits = wholeCounties ? WholeCountyVisits.sql(groupBy, narrowing, middle(knownCounties))
                : List.of(VISITS.formatted(key(groupBy, "v"), ROLE_COUNTS, filter("v", narrowing, true)));
        visits.forEach(sql -> parts.add(new Part(sql, bind, (row, r) -> {
            row.visits += number(r[4]);
            row.confirmed += number(r[5]);
            row.households += number(r[6]);
            FiveRole[] roles = FiveRole.values();
            for (int i = 0; i < roles.length; i++) {
                row.roles.merge(roles[i], number(r[7 + i]), Integer::sum);
            }
        })));
        boolean byCadre = groupBy == FiguresGrouping.CADRE || narrowing.cadreId() != null;
        Optional<Period> caseDays = wholeCounties ? CountyCaseDays.days(period) : Optional.empty();
        String cases = byCadre
                ? CASES.formatted(key(groupBy, "s"), CADRES_STATIONS.formatted(SERVED_IN, filter("s", narrowing, true)), "", CLOSED_IN)
                : caseDays.isPresent()
                ? CountyCaseDays.CASES.formatted(key(groupBy, "c"), filter("c", narrowing, false))
                : CASES.formatted(key(groupBy, "c"), "case_fact c", filter("c", narrowing, false), CLOSED_IN);
        parts.add(new Part(cases, caseDays.map(days -> new Bindings(narrowing, days, today)).orElse(bind), (row, r) -> {
            row.received = number(r[4]);
            row.closed = number(r[5]);
            row.closedOnTime = number(r[6]);
            row.closedAtStation = number(r[7]);
            row.escalated = number(r[8]);
            row.rated = number(r[9]);
            row.satisfied = number(r[10]);
        }));
        Map<Key, Row> rows = new TreeMap<>(Key.ORDER);
        List<Supplier<List<Object[]>>> reads = parts.stream().<Supplier<List<Object[]>>>map(part -> () -> part.read(entityManager)).toList();
        List<List<Object[]>> results = wholeCounties ? parallelReads.all(reads) : reads.stream().map(Supplier::get).toList();
        for (int i = 0; i < parts.size(); i++) {
            parts.get(i).addTo(rows, results.get(i));
        }
        if (groupBy == FiguresGrouping.PROVINCE) {
            rows.computeIfAbsent(new Key(null, null, null, null), k -> new Row());
        }
        if (groupBy == FiguresGrouping.COUNTY) {
            List<UUID> counties = narrowing.countyId() != null ? List.of(narrowing.countyId()) : knownCounties;
            counties.forEach(county -> rows.computeIfAbsent(new Key(county, null, null, null), k -> new Row()));
        }
        List<WorkFigures> figures = new ArrayList<>(rows.size());
        rows.forEach((key, row) -> figures.add(row.figures(key, groupBy == FiguresGrouping.CADRE)));
        return figures;
    }

    /** Whether any stationing of the cadre in the county is known: evaluation-service knows a cadre from their assignments only. */
    public boolean knowsCadre(UUID countyId, UUID cadreId) {
        return ((Number) entityManager.createNativeQuery("select count(*) from stationing where county_id = :county and cadre_id = :id")
                .setParameter("county", countyId).setParameter("id", cadreId).getSingleResult()).longValue() > 0;
    }

    /** Whether the station-day rollups (V12) reach the day: the fold keeps their end a month ahead. */
    private boolean rollupsReach(LocalDate last) {
        return !last.isAfter((LocalDate) entityManager
                .createNativeQuery("select through from work_figures_folded_through", LocalDate.class).getSingleResult());
    }

    /** The county in the middle of those known, in PostgreSQL's order of their ids; none when none is known. */
    private static Optional<UUID> middle(List<UUID> knownCounties) {
        return knownCounties.isEmpty() ? Optional.empty() : Optional.of(knownCounties.get(knownCounties.size() / 2));
    }

    /** The counties known, in PostgreSQL's order of their ids. */
    @SuppressWarnings("unchecked")
    private List<UUID> knownCounties() {
        return entityManager.createNativeQuery("select county_id from known_county order by county_id", UUID.class).getResultList();
    }

    /**
     * The row key's four columns, {@code key_county}, {@code key_township}, {@code key_station}, {@code key_cadre}, taken
     * from the alias; every level below the province is within a county.
     */
    private static String key(FiguresGrouping groupBy, String alias) {
        return "%s as key_county, %s as key_township, %s as key_station, %s as key_cadre".formatted((Object[]) keyColumns(groupBy, alias));
    }

    /** That two aliases' rows fall in the same group: their key columns equal. */
    private static String sameGroup(FiguresGrouping groupBy, String alias, String other) {
        String[] columns = keyColumns(groupBy, alias);
        String[] others = keyColumns(groupBy, other);
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < columns.length; i++) {
            if (!columns[i].equals(NO_KEY)) {
                sql.append(" and ").append(columns[i]).append(" = ").append(others[i]);
            }
        }
        return sql.toString();
    }

    private static String[] keyColumns(FiguresGrouping groupBy, String alias) {
        String county = alias + ".county_id";
        return switch (groupBy) {
            case PROVINCE -> new String[] {NO_KEY, NO_KEY, NO_KEY, NO_KEY};
            case COUNTY -> new String[] {county, NO_KEY, NO_KEY, NO_KEY};
            case TOWNSHIP -> new String[] {county, alias + ".township_id", NO_KEY, NO_KEY};
            case STATION -> new String[] {county, alias + ".township_id", alias + ".station_id", NO_KEY};
            case CADRE -> new String[] {county, NO_KEY, NO_KEY, alias + ".cadre_id"};
        };
    }

    /** The narrowing as conditions on the alias's columns ({@code cadre_id} only where the table has it). */
    private static String filter(String alias, Narrowing narrowing, boolean hasCadre) {
        StringBuilder sql = new StringBuilder();
        if (narrowing.countyId() != null) {
            sql.append(" and ").append(alias).append(".county_id = :county");
        }
        if (narrowing.townshipId() != null) {
            sql.append(" and ").append(alias).append(".township_id = :township");
        }
        if (narrowing.stationId() != null) {
            sql.append(" and ").append(alias).append(".station_id = :station");
        }
        if (hasCadre && narrowing.cadreId() != null) {
            sql.append(" and ").append(alias).append(".cadre_id = :cadre");
        }
        return sql.toString();
    }

    private static int number(Object value) {
        return ((Number) value).intValue();
    }

    @FunctionalInterface
    private interface RowReader {
        void read(Row row, Object[] result);
    }

    /** One query of the figures, and how each of its results adds to the row of its key. */
    private record Part(String sql, Bindings bind, RowReader reader) {

        @SuppressWarnings("unchecked")
        List<Object[]> read(EntityManager entityManager) {
            return bind.to(entityManager.createNativeQuery(sql)).getResultList();
        }

        void addTo(Map<Key, Row> rows, List<Object[]> results) {
            for (Object[] r : results) {
                reader.read(rows.computeIfAbsent(new Key((UUID) r[0], (UUID) r[1], (UUID) r[2], (UUID) r[3]), k -> new Row()), r);
            }
        }
    }

    /** The values every query may use; each query gets those it names. */
    private record Bindings(Narrowing narrowing, Period period, LocalDate today) {

        Query to(Query query) {
            Set<String> names = query.getParameters().stream().map(Parameter::getName).collect(Collectors.toSet());
            bindIf(query, names, "county", narrowing.countyId());
            bindIf(query, names, "township", narrowing.townshipId());
            bindIf(query, names, "station", narrowing.stationId());
            bindIf(query, names, "cadre", narrowing.cadreId());
            bindIf(query, names, "from", period.from());
            bindIf(query, names, "until", period.until());
            bindIf(query, names, "months_from", period.wholeMonths().from());
            bindIf(query, names, "months_until", period.wholeMonths().until());
            bindIf(query, names, "last", period.lastDayCome(today));
            bindIf(query, names, "start", period.fromTime());
            bindIf(query, names, "end", period.untilTime());
            return query;
        }

        private static void bindIf(Query query, Set<String> names, String name, Object value) {
            if (names.contains(name)) {
                query.setParameter(name, value);
            }
        }
    }

    private record Key(UUID countyId, UUID townshipId, UUID stationId, UUID cadreId) {

        /** As PostgreSQL orders uuids (their text), a missing key first. */
        static final Comparator<Key> ORDER = Comparator.comparing((Key k) -> text(k.countyId())).thenComparing(k -> text(k.townshipId()))
                .thenComparing(k -> text(k.stationId())).thenComparing(k -> text(k.cadreId()));

        private static String text(UUID id) {
            return id == null ? "" : id.toString();
        }
    }

    private static final class Row {
        final Set<UUID> townships = new TreeSet<>(Comparator.comparing(UUID::toString));
        final Set<UUID> stations = new TreeSet<>(Comparator.comparing(UUID::toString));
        final Map<FiveRole, Integer> roles = new EnumMap<>(FiveRole.class);
        int due;
        int attended;
        int visits;
        int confirmed;
        int households;
        int received;
        int closed;
        int closedOnTime;
        int closedAtStation;
        int escalated;
        int rated;
        int satisfied;

        /** A cadre's row names their township and station when they served in one only. */
        WorkFigures figures(Key key, boolean cadreRow) {
            UUID township = cadreRow ? (townships.size() == 1 ? townships.iterator().next() : null) : key.townshipId();
            UUID station = cadreRow ? (stations.size() == 1 ? stations.iterator().next() : null) : key.stationId();
            return new WorkFigures(key.countyId(), township, station, key.cadreId(), cadreRow ? List.copyOf(stations) : null,
                    due, attended, visits, confirmed, households, RoleWork.of(roles),
                    received, closed, closedOnTime, closedAtStation, escalated, rated,
                    rated == 0 ? null : (double) satisfied / rated);
        }
    }
}
