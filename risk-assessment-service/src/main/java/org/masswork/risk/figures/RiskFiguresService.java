package org.masswork.risk.figures;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.masswork.platform.paging.FiguresRows;
import org.masswork.platform.security.CallerScope;
import org.masswork.platform.time.CountyPeriod;
import org.masswork.risk.RiskRules;

/**
 * Meetings held (by their date) and decisions taken (by their day in their county's zone) in a period, both ends
 * included, for a county or per township, and for the province's counties: a row per county or one for all.
 * A postponed matter later approved counts once postponed and once approved, and twice assessed. A matter affecting
 * several townships counts in each township and once in its county; a matter is one county's, so it counts once in
 * the province too.
 */
@ApplicationScoped
public class RiskFiguresService {

    /**
     * The decisions of the period (within the county and the township asked for, if any), each with whether the rule
     * 不开展 (WASTEFUL_WORK) blocked approval when it was taken (the rules as evaluated then, matter_decision_check, V6).
     * A decision's day is its county's day: in the zone the county announced (known_county), else the configured one.
     * The instants given ({@code [fromTime, untilTime)}, a day wider on each side than any zone's days) only narrow
     * the rows read.
     */
    private static final String DECIDED = """
            with decided as (
                select d.id, d.county_id, d.matter_id, d.decision,
                       exists (select 1 from matter_decision_check c
                               where c.decision_id = d.id and c.rule = 'WASTEFUL_WORK' and c.triggered) as not_carried_out
                from matter_decision d left join known_county k on k.county_id = d.county_id
                where d.decided_at >= :fromTime and d.decided_at < :untilTime
                  and cast(d.decided_at at time zone coalesce(k.zone, :zone) as date) between :from and :to
                  and (cast(:county as uuid) is null or d.county_id = :county)
                  and (cast(:township as uuid) is null
                       or exists (select 1 from matter_township t where t.matter_id = d.matter_id and t.township_id = :township))
            )
            """;

    private static final String MEETINGS = """
            from opinion_meeting m
            where m.held_on >= :from and m.held_on <= :to
              and (cast(:county as uuid) is null or m.county_id = :county)
              and (cast(:township as uuid) is null or m.township_id = :township)
            """;

    /** One row whatever the figures (a county's, or all the counties'): each decision once. */
    private static final String ONE_ROW = DECIDED + """
            select cast(:county as uuid), cast(null as uuid), cast(null as varchar),
                   (select count(*) %1$s and m.kind = 'HEARING'),
                   (select count(*) %1$s and m.kind = 'CONSULTATION'),
                   count(*), count(*) filter (where d.decision = 'VETO'), count(*) filter (where d.not_carried_out),
                   count(*) filter (where d.decision = 'POSTPONE'), count(*) filter (where d.decision = 'APPROVE')
            from decided d
            """.formatted(MEETINGS);

    /** A row per county with any figure; a decision counts in its matter's county. */
    private static final String BY_COUNTY = DECIDED + """
            , meetings as (
                select m.county_id,
                       count(*) filter (where m.kind = 'HEARING') as hearings,
                       count(*) filter (where m.kind = 'CONSULTATION') as consultations
                %s
                group by m.county_id
            ), decisions as (
                select d.county_id, count(*) as assessed,
                       count(*) filter (where d.decision = 'VETO') as vetoed,
                       count(*) filter (where d.not_carried_out) as not_carried_out,
                       count(*) filter (where d.decision = 'POSTPONE') as postponed,
                       count(*) filter (where d.decision = 'APPROVE') as approved
                from decided d
                group by d.county_id
            )
            select coalesce(m.county_id, d.county_id), cast(null as uuid), cast(null as varchar),
                   coalesce(m.hearings, 0), coalesce(m.consultations, 0), coalesce(d.assessed, 0), coalesce(d.vetoed, 0),
                   coalesce(d.not_carried_out, 0), coalesce(d.postponed, 0), coalesce(d.approved, 0)
            from meetings m full join decisions d on d.county_id = m.county_id
            order by 1
            """.formatted(MEETINGS);

    /** A row per township of the county with any figure; a decision counts in each township its matter affects. */
    private static final String BY_TOWNSHIP = DECIDED + """
            , meetings as (
                select m.township_id,
                       count(*) filter (where m.kind = 'HEARING') as hearings,
                       count(*) filter (where m.kind = 'CONSULTATION') as consultations
                %s
                group by m.township_id
            ), decisions as (
                select t.township_id, count(*) as assessed,
                       count(*) filter (where d.decision = 'VETO') as vetoed,
                       count(*) filter (where d.not_carried_out) as not_carried_out,
                       count(*) filter (where d.decision = 'POSTPONE') as postponed,
                       count(*) filter (where d.decision = 'APPROVE') as approved
                from decided d join matter_township t on t.matter_id = d.matter_id
                where cast(:township as uuid) is null or t.township_id = :township
                group by t.township_id
            ), townships as (select distinct township_id, township_name from known_village where county_id = :county)
            select cast(:county as uuid), coalesce(m.township_id, d.township_id) as township_id, k.township_name,
                   coalesce(m.hearings, 0), coalesce(m.consultations, 0), coalesce(d.assessed, 0), coalesce(d.vetoed, 0),
                   coalesce(d.not_carried_out, 0), coalesce(d.postponed, 0), coalesce(d.approved, 0)
            from meetings m full join decisions d on d.township_id = m.township_id
            left join townships k on k.township_id = coalesce(m.township_id, d.township_id)
            order by k.township_name, 2
            """.formatted(MEETINGS);

    private final EntityManager entityManager;
    private final CallerScope scope;
    private final RiskRules rules;

    RiskFiguresService(EntityManager entityManager, CallerScope scope, RiskRules rules) {
        this.entityManager = entityManager;
        this.scope = scope;
        this.rules = rules;
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public RiskFiguresReport figures(LocalDate from, LocalDate to, UUID countyId, UUID townshipId, FiguresGrouping groupBy) {
        CountyPeriod.of(from, to, rules.zone());
        UUID county = scope.figuresCounty(countyId, groupBy == FiguresGrouping.PROVINCE,
                groupBy == FiguresGrouping.TOWNSHIP || townshipId != null);
        UUID township = townshipId;
        if (!scope.isProvinceWide()) {
            if (townshipId != null) {
                scope.requireTownship(county, townshipId);
            }
            if (!scope.isCountyWide()) {
                township = scope.township().orElseThrow(ForbiddenException::new);
            }
        }
        String query = switch (groupBy) {
            case TOWNSHIP -> BY_TOWNSHIP;
            case COUNTY -> county == null ? BY_COUNTY : ONE_ROW;
            case PROVINCE -> ONE_ROW;
        };
        List<Object[]> rows = FiguresRows.of(entityManager.createNativeQuery(query)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("fromTime", from.minusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC))
                .setParameter("untilTime", to.plusDays(2).atStartOfDay().atOffset(ZoneOffset.UTC))
                .setParameter("zone", rules.zone().getId())
                .setParameter("county", county)
                .setParameter("township", township));
        return new RiskFiguresReport(from, to, groupBy, rows.stream().map(row -> new RiskFigures((UUID) row[0], (UUID) row[1],
                (String) row[2], count(row[3]), count(row[4]), count(row[5]), count(row[6]), count(row[7]), count(row[8]),
                count(row[9]))).toList());
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }
}
