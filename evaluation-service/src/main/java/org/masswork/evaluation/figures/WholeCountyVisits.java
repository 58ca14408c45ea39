package org.masswork.evaluation.figures;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.masswork.evaluation.facts.FiveRole;

/**
 * The visits of whole counties (COUNTY and PROVINCE rows not narrowed below the county) from the county rollups
 * (V13__visit_figures_county_days.sql) instead of the visits: the period's whole months from the month rows, the days
 * of a partial month at either end (an edge) from the day rows, plus the deltas not folded yet, so the figures equal the
 * visits' at any moment. An edge's households are one bit string where one holds them all: the month's, when the
 * county has no day row in that month outside the edge (the month going on, up to today), else the edge row of a
 * month over (V16__visit_figures_edges_and_quarters.sql) unless a day of it changed since it was counted; else the
 * days'. So are a whole quarter's, from its quarter row (V16) on the same terms, else from its months.
 * The households visited are the bits set in the union of a county's rows, plus those of the deltas not numbered yet
 * (counted by id); a county month with a removal not folded yet counts its households from its visits. An edge's days
 * are found by their county (V18), a few rows an edge ({@code offset 0} keeps the planner from merging that lookup into
 * a hash join over the whole table's days). A household
 * belongs to one county (cadre-service records a visit in the household's county), so the province's households are
 * the sum of its counties'.
 */
final class WholeCountyVisits {

    /**
     * Per county of the period (and narrowing): visits, confirmed, households, the roles' visits. {@code :from} and
     * {@code :until} are the period's days; its whole months are those from {@code months_from} to
     * {@code months_until}, the other days are edges; its whole quarters over read one bit string for three months.
     */
    private static final String PER_COUNTY = """
            with bounds as (
                select cast(:from as date) as first_day, cast(:until as date) as end_day,
                       cast(visit_figures_month(cast(:from as date) - 1) + interval '1 month' as date) as months_from,
                       visit_figures_month(cast(:until as date)) as months_until
            ), deltas as (
                select d.*, visit_figures_month(d.day) as month
                  from visit_figures_delta d
                  join bounds b on d.day >= b.first_day and d.day < b.end_day
                 where true%1$s
            ), stale as (
                select distinct county_id, month from deltas where removes
            ), pending as (
                select d.*, o.ordinal, s.county_id is not null as stale
                  from deltas d
                  left join stale s on s.county_id = d.county_id and s.month = d.month
                  left join visit_household_ordinal o on o.county_id = d.county_id and o.household_id = d.household_id
            ), stale_visits as (
                select v.county_id, v.household_id, o.ordinal
                  from stale s
                  join bounds b on true
                  join household_visit v on v.county_id = s.county_id and v.visited_on >= greatest(s.month, b.first_day)
                                        and v.visited_on < least(cast(s.month + interval '1 month' as date), b.end_day)
                  left join visit_household_ordinal o on o.county_id = v.county_id and o.household_id = v.household_id
            ), edges as (
                select first_day as from_day, least(months_from, end_day) as until_day, visit_figures_month(first_day) as month
                  from bounds where first_day < least(months_from, end_day)
                union all
                select greatest(months_until, least(months_from, end_day)), end_day, months_until
                  from bounds where greatest(months_until, least(months_from, end_day)) < end_day
            ), edge_sources as (
                select d.county_id, e.from_day, e.until_day, e.month,
                       case when bool_and(d.day >= e.from_day and d.day < e.until_day) then 'month'
                            when (e.from_day = e.month or e.until_day = cast(e.month + interval '1 month' as date))
                                 and not exists (select 1 from visit_figures_months_due u
                                                 where u.county_id = d.county_id and u.month = e.month) then 'edge'
                            else 'days' end as source
                  from edges e
                  join visit_figures_county_day d on d.day >= e.month and d.day < cast(e.month + interval '1 month' as date)
                 where true%5$s
                 group by d.county_id, e.from_day, e.until_day, e.month
                having bool_or(d.day >= e.from_day and d.day < e.until_day)
            ), quarters as (
                select q.quarter, q.county_id, q.households
                  from visit_figures_county_quarter q
                  join bounds b on q.quarter >= b.months_from and cast(q.quarter + interval '3 months' as date) <= b.months_until
                 where not exists (select 1 from visit_figures_months_due u
                                   where u.county_id = q.county_id and u.month >= q.quarter
                                     and u.month < cast(q.quarter + interval '3 months' as date))
                   and not exists (select 1 from stale s
                                   where s.county_id = q.county_id and s.month >= q.quarter
                                     and s.month < cast(q.quarter + interval '3 months' as date))%8$s
            ), parts as (
                select m.county_id, m.visits, m.confirmed, %2$s,
                       case when s.county_id is null and q.county_id is null then m.households end as households,
                       cast(null as uuid) as household_id
                  from visit_figures_county_month m
                  join bounds b on m.month >= b.months_from and m.month < b.months_until
                  left join stale s on s.county_id = m.county_id and s.month = m.month
                  left join quarters q on q.county_id = m.county_id and m.month >= q.quarter
                                      and m.month < cast(q.quarter + interval '3 months' as date)
                 where true%3$s
                union all
                select county_id, 0, 0, %7$s, households, null from quarters
                union all
                select d.county_id, d.visits, d.confirmed, %4$s,
                       case when s.county_id is null and e.source = 'days' then d.households end, null
                  from edge_sources e
                  cross join lateral (select * from visit_figures_county_day d
                                       where d.county_id = e.county_id and d.day >= e.from_day and d.day < e.until_day
                                      offset 0) d
                  left join stale s on s.county_id = e.county_id and s.month = e.month
                union all
                select e.county_id, 0, 0, %7$s, case when s.county_id is null then m.households end, null
                  from edge_sources e
                  join visit_figures_county_month m on m.county_id = e.county_id and m.month = e.month
                  left join stale s on s.county_id = e.county_id and s.month = e.month
                 where e.source = 'month'
                union all
                select e.county_id, 0, 0, %7$s,
                       case when s.county_id is null then case when e.from_day = e.month then g.through else g.since end end, null
                  from edge_sources e
                  join visit_figures_county_edge g on g.county_id = e.county_id
                                                  and g.day = case when e.from_day = e.month then e.until_day - 1 else e.from_day end
                  left join stale s on s.county_id = e.county_id and s.month = e.month
                 where e.source = 'edge'
                union all
                select county_id, sum(visits), sum(confirmed), %6$s,
                       visit_household_bits(array_agg(ordinal) filter (where not stale)), null
                  from pending group by county_id
                union all
                select county_id, 0, 0, %7$s, null, household_id
                  from pending where household_id is not null and ordinal is null and not stale
                union all
                select county_id, 0, 0, %7$s, visit_household_bits(array_agg(ordinal)), null
                  from stale_visits group by county_id
                union all
                select county_id, 0, 0, %7$s, null, household_id
                  from stale_visits where ordinal is null
            )
            select county_id, sum(visits) as visits, sum(confirmed) as confirmed,
                   coalesce(bit_count(visit_households_union(households)), 0) + count(distinct household_id) as households,
                   %6$s
              from parts
             group by county_id""";

    private static final String[] ROLES = Arrays.stream(FiveRole.values()).map(r -> r.name().toLowerCase(Locale.ROOT))
            .toArray(String[]::new);

    private WholeCountyVisits() {
    }

    /**
     * The rows as FiguresQueries reads the visits: the key's four columns, visits, confirmed, households and the
     * roles' visits in FiveRole's order; a COUNTY row per county with visits, the PROVINCE row the counties' sum. Across
     * counties, given the county in the middle of those known, two queries, the counties before it and the others, to
     * run side by side ({@link ParallelReads}): the union of the households' bit strings, most of their time, is then
     * split between two cores. A row of the same key from both is their sum.
     */
    static List<String> sql(FiguresGrouping groupBy, Narrowing narrowing, Optional<UUID> middleCounty) {
        if (narrowing.countyId() != null || middleCounty.isEmpty()) {
            return List.of(sql(groupBy, narrowing, ""));
        }
        String middle = "cast('%s' as uuid)".formatted(middleCounty.get());
        return List.of(sql(groupBy, narrowing, " and %1$s.county_id < " + middle),
                sql(groupBy, narrowing, " and %1$s.county_id >= " + middle));
    }

    private static String sql(FiguresGrouping groupBy, Narrowing narrowing, String half) {
        String perCounty = PER_COUNTY.formatted(county("d", narrowing, half), columns("m.%s"), county("m", narrowing, half),
                columns("d.%s"), county("d", narrowing, half), columns("sum(%s)"), columns("0"), county("q", narrowing, half));
        String sums = columns("sum(%s)");
        return groupBy == FiguresGrouping.PROVINCE
                ? """
                  select cast(null as uuid), cast(null as uuid), cast(null as uuid), cast(null as uuid),
                         sum(visits), sum(confirmed), sum(households), %s
                    from (%s) county having sum(visits) <> 0""".formatted(sums, perCounty)
                : """
                  select county_id, cast(null as uuid), cast(null as uuid), cast(null as uuid), visits, confirmed, households, %s
                    from (%s) county where visits <> 0""".formatted(columns("%s"), perCounty);
    }

    private static String columns(String pattern) {
        return Arrays.stream(ROLES).map(role -> pattern.formatted(role) + " as " + role).collect(Collectors.joining(", "));
    }

    /** The condition on the county of a source aliased so: the county narrowed to, or those of one half. */
    private static String county(String alias, Narrowing narrowing, String half) {
        return narrowing.countyId() == null ? half.formatted(alias) : " and " + alias + ".county_id = :county";
    }
}
