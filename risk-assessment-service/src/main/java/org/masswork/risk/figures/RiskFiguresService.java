package org.masswork.risk.figures;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.masswork.platform.problem.InvalidInputProblem;
import org.masswork.platform.security.CallerScope;
import org.masswork.platform.language.Text;

/**
 * Meetings held (by their date) and decisions taken (by their day, UTC) per township in a period, both ends
 * included. A postponed matter later approved counts once postponed and once approved, and twice assessed.
 */
@ApplicationScoped
public class RiskFiguresService {

    /** A county has a few dozen townships; one row each at most. */
    static final int MAX_TOWNSHIPS = 1000;

    private static final String FIGURES = """
            with meetings as (
                select township_id,
                       count(*) filter (where kind = 'HEARING') as hearings,
                       count(*) filter (where kind = 'CONSULTATION') as consultations
                from opinion_meeting where held_on >= :from and held_on <= :to group by township_id),
            decisions as (
                select t.township_id,
                       count(*) as assessed,
                       count(*) filter (where d.decision = 'VETO') as vetoed,
                       count(*) filter (where d.decision = 'POSTPONE') as postponed,
                       count(*) filter (where d.decision = 'APPROVE') as approved
                from matter_decision d join matter_township t on t.matter_id = d.matter_id
                where d.decided_at >= :fromTime and d.decided_at < :toTime group by t.township_id),
            townships as (select distinct township_id, township_name from known_village)
            select coalesce(m.township_id, d.township_id) as township_id, k.township_name,
                   coalesce(m.hearings, 0), coalesce(m.consultations, 0), coalesce(d.assessed, 0),
                   coalesce(d.vetoed, 0), coalesce(d.postponed, 0), coalesce(d.approved, 0)
            from meetings m full join decisions d on d.township_id = m.township_id
            left join townships k on k.township_id = coalesce(m.township_id, d.township_id)
            """;

    private final EntityManager entityManager;
    private final CallerScope scope;

    RiskFiguresService(EntityManager entityManager, CallerScope scope) {
        this.entityManager = entityManager;
        this.scope = scope;
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public List<RiskFigures> figures(LocalDate from, LocalDate to, UUID townshipId) {
        if (to.isBefore(from)) {
            throw new InvalidInputProblem("to", Text.of("不得早于 from", "must not be before from"));
        }
        UUID township = townshipId;
        if (!scope.isCountyWide()) {
            township = scope.township().orElseThrow(ForbiddenException::new);
            if (townshipId != null && !townshipId.equals(township)) {
                throw new ForbiddenException();
            }
        }
        String sql = FIGURES + (township == null ? "" : " where coalesce(m.township_id, d.township_id) = :township")
                + " order by k.township_name, 1 limit " + MAX_TOWNSHIPS;
        Query query = entityManager.createNativeQuery(sql)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("fromTime", from.atStartOfDay().atOffset(ZoneOffset.UTC))
                .setParameter("toTime", to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        if (township != null) {
            query.setParameter("township", township);
        }
        return ((List<Object[]>) query.getResultList()).stream().map(row -> new RiskFigures((UUID) row[0], (String) row[1],
                count(row[2]), count(row[3]), count(row[4]), count(row[5]), count(row[6]), count(row[7]))).toList();
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }
}
