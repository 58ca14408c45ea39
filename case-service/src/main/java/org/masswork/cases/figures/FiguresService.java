package org.masswork.cases.figures;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.masswork.cases.CaseRules;
import org.masswork.cases.casefile.CaseAccess;
import org.masswork.platform.county.KnownCounties;
import org.masswork.platform.paging.FiguresRows;
import org.masswork.platform.security.CallerScope;
import org.masswork.platform.time.CountyPeriod;
import org.masswork.platform.time.CountyPeriod.RollupDays;

/** The county report's figures, in one query over the rollups of months and the period's edges. */
@ApplicationScoped
public class FiguresService {

    /** Where the county months of from and to begin and end; months are named only in the database (V7). */
    private static final String MONTH_BOUNDS = """
            select bound from (values
                (1, case_figures_month_start(case_figures_month(:from))),
                (2, case_figures_month_start((case_figures_month(:from) + interval '1 month')::date)),
                (3, case_figures_month_start(case_figures_month(:to))),
                (4, case_figures_month_start((case_figures_month(:to) + interval '1 month')::date))) b(n, bound)
            order by n
            """;

    /**
     * The whole months of a {@link FiguresPeriod} from a rollup kept by the database plus the changes not yet folded
     * into it (case_figures_delta, V14__figures_deltas.sql; a fold moves deltas into the rollups in one transaction,
     * so one snapshot counts each change once), corrected by the spans at the period's edges. A township's or
     * station's months come from the station months (case_figures_month, V7__figures_rollup.sql, read through the
     * view case_figures_month_and_delta, V19) and its edges from the cases ({@link #EDGE_CASES}); a whole county's or
     * the province's months from the county months (case_figures_county_month, V22, a row a county and month) and its
     * edges from the county days (case_figures_county_day, V23, {@link #EDGE_DAYS}) where they are whole days there.
     * The whole months' part is %1$s, the edges' %2$s, the grouping's columns %3$s and its group by %4$s. The groups'
     * names come from the stations case-service knows (known_station).
     */
    private static final String FIGURES = """
            with parts as (
                %1$s
                union all
                %2$s
            ), groups as (
                select %3$s,
                       sum(cases) as cases, sum(opinions) as opinions, sum(problems_solved) as problems_solved,
                       sum(disputes_solved) as disputes_solved, sum(errands) as errands, sum(petitions) as petitions,
                       sum(petitions_ended) as petitions_ended, sum(closed) as closed, sum(closed_at_station) as closed_at_station,
                       sum(on_time) as on_time, sum(on_time_known) as on_time_known, sum(satisfied) as satisfied,
                       sum(rated) as rated, sum(closed_days) / nullif(sum(closed), 0) as days_to_close
                from parts
                %4$s
            )
            select g.county_id, g.township_id, t.township_name, g.station_id, s.name, g.cases, g.opinions, g.problems_solved,
                   g.disputes_solved, g.errands, g.petitions, g.petitions_ended, g.closed, g.closed_at_station, g.on_time,
                   g.on_time_known, g.satisfied, g.rated, g.days_to_close
            from groups g
            left join known_station s on s.station_id = g.station_id
            left join lateral (select k.township_name from known_station k where k.township_id = g.township_id limit 1) t on true
            order by g.county_id, t.township_name, g.township_id, s.name, g.station_id
            """;

    /**
     * The edge spans from the cases, within the township or station asked for, each case counted by the rule the
     * rollup's trigger applies (case_figures_counts, V9__figures_counts.sql). The two spans are two plain range scans
     * of the covering index on the county and recorded_at: joined to a list of ranges the planner reads every case
     * instead. %1$s bounds them to the county, or for the province to the counties of known_county one by one.
     */
    private static final String EDGE_CASES = """
            select c.county_id, c.township_id, c.station_id, k.*
            from (select c.id, c.county_id, c.township_id, c.station_id, c.kind, c.status, c.closed_at_level,
                         c.on_time, c.satisfaction, c.closed_at, c.recorded_at, cast(:sign1 as integer) as sign
                  from case_file c where %1$s and c.recorded_at >= :from1 and c.recorded_at < :to1
                  union all
                  select c.id, c.county_id, c.township_id, c.station_id, c.kind, c.status, c.closed_at_level,
                         c.on_time, c.satisfaction, c.closed_at, c.recorded_at, cast(:sign2 as integer)
                  from case_file c where %1$s and c.recorded_at >= :from2 and c.recorded_at < :to2) c
            left join petition p on p.case_id = c.id
            cross join lateral case_figures_counts(c.sign, c.kind, c.status, c.closed_at_level, c.on_time,
                    c.satisfaction, c.closed_at, c.recorded_at, p.outcome = 'ENDED_SATISFIED') k
            where (cast(:township as uuid) is null or c.township_id = :township)
              and (cast(:station as uuid) is null or c.station_id = :station)""";

    /**
     * The edge spans of whole counties from the county days, when both are whole days there: two ranges of the key
     * (county, day), in each county %1$s names (as the edges' cases do), as two selects for the reason the cases' are.
     */
    private static final String EDGE_DAYS = """
            select f.county_id, cast(null as uuid), cast(null as uuid), f.sign * f.cases, f.sign * f.opinions,
                   f.sign * f.problems_solved, f.sign * f.disputes_solved, f.sign * f.errands, f.sign * f.petitions,
                   f.sign * f.petitions_ended, f.sign * f.closed, f.sign * f.closed_at_station, f.sign * f.on_time,
                   f.sign * f.on_time_known, f.sign * f.satisfied, f.sign * f.rated, f.sign * f.closed_days
            from (select cast(:sign1 as integer) as sign, f.*
                  from case_figures_county_day_and_delta f where %1$s and f.day >= :from1 and f.day < :to1
                  union all
                  select cast(:sign2 as integer), f.*
                  from case_figures_county_day_and_delta f where %1$s and f.day >= :from2 and f.day < :to2) f""";

    /** The station months of the period's whole months, within the township or station asked for. */
    private static final String STATION_MONTHS = """
            select f.county_id, f.township_id, f.station_id, f.cases, f.opinions, f.problems_solved,
                   f.disputes_solved, f.errands, f.petitions, f.petitions_ended, f.closed, f.closed_at_station,
                   f.on_time, f.on_time_known, f.satisfied, f.rated, f.closed_days
            from case_figures_month_and_delta f
            where %s and f.month >= case_figures_month(:monthsFrom) and f.month < case_figures_month(:monthsTo)
              and (cast(:township as uuid) is null or f.township_id = :township)
              and (cast(:station as uuid) is null or f.station_id = :station)""";

    /** The county months of the period's whole months: a row a county and month, for whole counties only. */
    private static final String COUNTY_MONTHS = """
            select f.county_id, cast(null as uuid), cast(null as uuid), f.cases, f.opinions, f.problems_solved,
                   f.disputes_solved, f.errands, f.petitions, f.petitions_ended, f.closed, f.closed_at_station,
                   f.on_time, f.on_time_known, f.satisfied, f.rated, f.closed_days
            from case_figures_county_month_and_delta f
            where %s and f.month >= case_figures_month(:monthsFrom) and f.month < case_figures_month(:monthsTo)""";

    private final EntityManager entityManager;
    private final CaseAccess access;
    private final CallerScope caller;
    private final CaseRules rules;
    private final KnownCounties counties;

    FiguresService(EntityManager entityManager, CaseAccess access, CallerScope caller, CaseRules rules,
                   KnownCounties counties) {
        this.entityManager = entityManager;
        this.counties = counties;
        this.access = access;
        this.caller = caller;
        this.rules = rules;
    }

    /**
     * The cases received from {@code from} 00:00 to the day after {@code to} 00:00, county time, of the caller's
     * county, or for province roles of the province or of the county they name.
     */
    @Transactional
    public CaseFiguresReport figures(LocalDate from, LocalDate to, UUID countyId, UUID townshipId, UUID stationId,
                                     FiguresGrouping groupBy) {
        UUID county = caller.figuresCounty(countyId, groupBy == FiguresGrouping.PROVINCE,
                groupBy == FiguresGrouping.TOWNSHIP || groupBy == FiguresGrouping.STATION || townshipId != null || stationId != null);
        // A county's days are its own zone's; the province's, across counties, the configured zone's.
        CountyPeriod days = CountyPeriod.of(from, to, county == null ? rules.zone() : counties.zone(county, rules.zone()));
        boolean countyWide = caller.isCountyWide() || caller.isProvinceWide();
        if (!countyWide && access.township().isEmpty() && access.station().isEmpty()) {
            throw new ForbiddenException();
        }
        UUID township = countyWide ? townshipId : within(townshipId, access.township());
        UUID station = countyWide ? stationId : within(stationId, access.station());
        // A group whose edge spans take away all its rollup counts has no case in the period: it is left out.
        String[] grouping = switch (groupBy) {
            case PROVINCE -> new String[] {"cast(null as uuid) as county_id, cast(null as uuid) as township_id, "
                    + "cast(null as uuid) as station_id", ""};
            case COUNTY -> county != null
                    ? new String[] {"cast(:county as uuid) as county_id, cast(null as uuid) as township_id, "
                            + "cast(null as uuid) as station_id", ""}
                    : new String[] {"county_id, cast(null as uuid) as township_id, cast(null as uuid) as station_id",
                            "group by county_id having sum(cases) > 0"};
            case TOWNSHIP -> new String[] {"county_id, township_id, cast(null as uuid) as station_id",
                    "group by county_id, township_id having sum(cases) > 0"};
            case STATION -> new String[] {"county_id, township_id, station_id",
                    "group by county_id, township_id, station_id having sum(cases) > 0"};
        };
        String ofCounty = county != null ? "%s.county_id = :county" : "%s.county_id in (select k.county_id from known_county k)";
        // Whole counties (no township or station narrowing them) in a row each or as the province read the county
        // months, a row a county and month, and their edges from the county days if the edges are whole days there;
        // the other groupings need the station months' township and station, and the edges' cases.
        boolean wholeCounties = township == null && station == null
                && (groupBy == FiguresGrouping.COUNTY || groupBy == FiguresGrouping.PROVINCE);
        String wholeMonths = (wholeCounties ? COUNTY_MONTHS : STATION_MONTHS).formatted(county != null ? "f.county_id = :county" : "true");
        FiguresPeriod period = period(days.start(), days.end());
        boolean edgesByDays = wholeCounties && period.inRollupDays();
        String edges = edgesByDays ? EDGE_DAYS.formatted(ofCounty.formatted("f")) : EDGE_CASES.formatted(ofCounty.formatted("c"));
        Query query = entityManager.createNativeQuery(FIGURES.formatted(wholeMonths, edges, grouping[0], grouping[1]))
                .setParameter("monthsFrom", period.monthsFrom()).setParameter("monthsTo", period.monthsTo());
        if (!edgesByDays) {
            query.setParameter("township", township).setParameter("station", station);
        }
        if (county != null) {
            query.setParameter("county", county);
        }
        for (int i = 0; i < 2; i++) {
            FiguresPeriod.Span span = period.span(i);
            Optional<RollupDays> spanDays = edgesByDays ? CountyPeriod.rollupDays(span.from(), span.to()) : Optional.empty();
            query.setParameter("from" + (i + 1), spanDays.isPresent() ? spanDays.get().from() : span.from())
                    .setParameter("to" + (i + 1), spanDays.isPresent() ? spanDays.get().until() : span.to())
                    .setParameter("sign" + (i + 1), span.sign());
        }
        return new CaseFiguresReport(from, to, groupBy, FiguresRows.of(query).stream().map(FiguresService::row).toList());
    }

    private FiguresPeriod period(OffsetDateTime from, OffsetDateTime to) {
        List<OffsetDateTime> bounds = entityManager.createNativeQuery(MONTH_BOUNDS, OffsetDateTime.class)
                .setParameter("from", from).setParameter("to", to).getResultList();
        return FiguresPeriod.of(from, to, new FiguresPeriod.CountyMonth(bounds.get(0), bounds.get(1)),
                new FiguresPeriod.CountyMonth(bounds.get(2), bounds.get(3)));
    }

    /** A township officer or a cadre asks only within their own township or station. */
    private static UUID within(UUID requested, Optional<UUID> own) {
        if (own.isEmpty()) {
            return requested;
        }
        if (requested != null && !requested.equals(own.get())) {
            throw new ForbiddenException();
        }
        return own.get();
    }

    private static CaseFigures row(Object[] r) {
        long closed = number(r[12]);
        long closedAtStation = number(r[13]);
        return new CaseFigures((UUID) r[0], (UUID) r[1], (String) r[2], (UUID) r[3], (String) r[4], number(r[5]),
                number(r[6]), number(r[7]), number(r[8]), number(r[9]), number(r[10]), number(r[11]), closed,
                closedAtStation, ratio(closedAtStation, closed), ratio(number(r[14]), number(r[15])),
                ratio(number(r[16]), number(r[17])), r[18] == null ? null : ((Number) r[18]).doubleValue());
    }

    /** A sum over no rows (a period without cases) is null. */
    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Double ratio(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
