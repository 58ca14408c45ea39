package org.masswork.risk.figures;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.masswork.platform.paging.FiguresRows;
import org.masswork.platform.security.CallerScope;
import org.masswork.platform.time.CountyPeriod;
import org.masswork.risk.RiskRules;

/**
 * Meetings held (by their date) and decisions taken (by their day in the county's zone) in a period, both ends
 * included, for the county or per township. A postponed matter later approved counts once postponed and once
 * approved, and twice assessed. A matter affecting several townships counts in each township and once in the county.
 */
@ApplicationScoped
public class RiskFiguresService {

    /**
     * The decisions of the period (within the township asked for, if any), each with whether the rule 不开展
     * (WASTEFUL_WORK) blocked approval when it was taken (the rules as evaluated then, matter_decision_check, V6).
     */
    private static final String DECIDED = """
            with decided as (
                select d.id, d.matter_id, d.decision,
                       exists (select 1 from matter_decision_check c
                               where c.decision_id = d.id and c.rule = 'WASTEFUL_WORK' and c.triggered) as not_carried_out
                from matter_decision d
                where d.decided_at >= :fromTime and d.decided_at < :untilTime
                  and (cast(:township as uuid) is null
                       or exists (select 1 from matter_township t where t.matter_id = d.matter_id and t.township_id = :township))
            )
            """;

    private static final String MEETINGS = """
            from opinion_meeting m
            where m.held_on >= :from and m.held_on <= :to and (cast(:township as uuid) is null or m.township_id = :township)
            """;

    /** One row whatever the figures: each decision once, however many townships its matter affects. */
    private static final String COUNTY = DECIDED + """
            select cast(null as uuid), cast(null as varchar),
                   (select count(*) %1$s and m.kind = 'HEARING'),
                   (select count(*) %1$s and m.kind = 'CONSULTATION'),
                   count(*), count(*) filter (where d.decision = 'VETO'), count(*) filter (where d.not_carried_out),
                   count(*) filter (where d.decision = 'POSTPONE'), count(*) filter (where d.decision = 'APPROVE')
            from decided d
            """.formatted(MEETINGS);

    /** A row per township with any figure; a decision counts in each township its matter affects. */
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
            ), townships as (select distinct township_id, township_name from known_village)
            select coalesce(m.township_id, d.township_id) as township_id, k.township_name,
                   coalesce(m.hearings, 0), coalesce(m.consultations, 0), coalesce(d.assessed, 0), coalesce(d.vetoed, 0),
                   coalesce(d.not_carried_out, 0), coalesce(d.postponed, 0), coalesce(d.approved, 0)
            from meetings m full join decisions d on d.township_id = m.township_id
            left join townships k on k.township_id = coalesce(m.township_id, d.township_id)
            order by k.township_name, 1
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
    public RiskFiguresReport figures(LocalDate from, LocalDate to, UUID townshipId, FiguresGrouping groupBy) {
        CountyPeriod days = CountyPeriod.of(from, to, rules.zone());
        UUID township = townshipId;
        if (!scope.isCountyWide()) {
            township = scope.township().orElseThrow(ForbiddenException::new);
            if (townshipId != null && !townshipId.equals(township)) {
                throw new ForbiddenException();
            }
        }
        List<Object[]> rows = FiguresRows.of(entityManager.createNativeQuery(groupBy == FiguresGrouping.COUNTY ? COUNTY : BY_TOWNSHIP)
                .setParameter("from", days.from())
                .setParameter("to", days.to())
                .setParameter("fromTime", days.start())
                .setParameter("untilTime", days.end())
                .setParameter("township", township));
        return new RiskFiguresReport(from, to, groupBy, rows.stream().map(row -> new RiskFigures((UUID) row[0], (String) row[1],
                count(row[2]), count(row[3]), count(row[4]), count(row[5]), count(row[6]), count(row[7]), count(row[8]))).toList());
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }
}
