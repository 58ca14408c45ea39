package org.masswork.evaluation.verdict;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class VerdictRepository implements PanacheRepositoryBase<Verdict, Verdict.Key> {

    /** One verdict per cadre per half year: a century of them. */
    static final int MAX_HISTORY = 200;

    /** The ranking: highest total first, the cadres not graded (no total) last. */
    public PanacheQuery<Verdict> ranking(UUID roundId, UUID townshipId, Grade grade) {
        return find("roundId = :round and (:township is null or townshipId = :township) and (:grade is null or grade = :grade)",
                Sort.by("totalScore", Sort.Direction.Descending, Sort.NullPrecedence.NULLS_LAST).and("cadreId"),
                Parameters.with("round", roundId).and("township", townshipId).and("grade", grade));
    }

    public List<Verdict> history(UUID cadreId) {
        return find("cadreId", Sort.by("concludedAt").descending(), cadreId).range(0, MAX_HISTORY - 1).list();
    }

    /** Per township: cadres, the four grades, those not graded and the three consequences that count, for a round. */
    public List<GradeCounts> distribution(UUID roundId) {
        return distribution("round_id = :key", roundId);
    }

    /** The same over every closed round of the half years that start with {@code period} ({@code 2026} or {@code 2026-H1}). */
    public List<GradeCounts> distribution(String period) {
        return distribution("period like :key || '%'", period);
    }

    @SuppressWarnings("unchecked")
    private List<GradeCounts> distribution(String where, Object key) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        select township_id, count(*),
                               count(*) filter (where grade = 'EXCELLENT'), count(*) filter (where grade = 'COMPETENT'),
                               count(*) filter (where grade = 'BASICALLY_COMPETENT'), count(*) filter (where grade = 'INCOMPETENT'),
                               count(*) filter (where grade = 'NOT_GRADED'),
                               count(*) filter (where consequence = 'RECOMMEND_PROMOTION'),
                               count(*) filter (where consequence = 'ADMONISHMENT_TALK'),
                               count(*) filter (where consequence = 'APPOINTMENT_CANCELLED_OR_POSTPONED')
                          from verdict where %s group by township_id order by township_id""".formatted(where))
                .setParameter("key", key).getResultList();
        return rows.stream().map(GradeCounts::of).toList();
    }

    public long rounds(String period) {
        return ((Number) getEntityManager().createNativeQuery("select count(distinct round_id) from verdict where period like :p || '%'")
                .setParameter("p", period).getSingleResult()).longValue();
    }
}
