package org.masswork.evaluation.verdict;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.util.List;
import org.masswork.evaluation.figures.FiguresGrouping;
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

    public List<Verdict> history(UUID countyId, UUID cadreId) {
        return find("countyId = ?1 and cadreId = ?2", Sort.by("concludedAt").descending(), countyId, cadreId)
                .range(0, MAX_HISTORY - 1).list();
    }

    /** Per township: cadres, the four grades, those not graded and the three consequences that count, for a round. */
    public List<GradeCounts> distribution(UUID roundId) {
        return distribution("round_id = :key", Parameters.with("key", roundId));
    }

    /**
     * The same over every closed round of the county in the half years that start with {@code period} ({@code 2026}
     * or {@code 2026-H1}).
     */
    public List<GradeCounts> distribution(UUID countyId, String period) {
        return distribution("county_id = :county and period like :key || '%'", Parameters.with("county", countyId).and("key", period));
    }

    @SuppressWarnings("unchecked")
    private List<GradeCounts> distribution(String where, Parameters parameters) {
        Query query = getEntityManager().createNativeQuery("""
                        select township_id, count(*),
                               count(*) filter (where grade = 'EXCELLENT'), count(*) filter (where grade = 'COMPETENT'),
                               count(*) filter (where grade = 'BASICALLY_COMPETENT'), count(*) filter (where grade = 'INCOMPETENT'),
                               count(*) filter (where grade = 'NOT_GRADED'),
                               count(*) filter (where consequence = 'RECOMMEND_PROMOTION'),
                               count(*) filter (where consequence = 'ADMONISHMENT_TALK'),
                               count(*) filter (where consequence = 'APPOINTMENT_CANCELLED_OR_POSTPONED')
                          from verdict where %s group by township_id order by township_id""".formatted(where));
        parameters.map().forEach(query::setParameter);
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(GradeCounts::of).toList();
    }

    /**
     * Per group of the level (the province, a county, a township of a county): the rounds and the grade counts, over
     * the verdicts of the half years that start with {@code period}, of one county when {@code countyId} is set. A
     * county asked for has its row even without verdicts.
     */
    @SuppressWarnings("unchecked")
    public List<VerdictFigures> figures(String period, FiguresGrouping groupBy, UUID countyId) {
        String[] key = switch (groupBy) {
            case PROVINCE -> new String[] {"cast(null as uuid)", "cast(null as uuid)"};
            case TOWNSHIP -> new String[] {"county_id", "township_id"};
            default -> new String[] {"county_id", "cast(null as uuid)"};
        };
        Query query = getEntityManager().createNativeQuery("""
                        select %s, %s, count(distinct round_id), count(*),
                               count(*) filter (where grade = 'EXCELLENT'), count(*) filter (where grade = 'COMPETENT'),
                               count(*) filter (where grade = 'BASICALLY_COMPETENT'), count(*) filter (where grade = 'INCOMPETENT'),
                               count(*) filter (where grade = 'NOT_GRADED'),
                               count(*) filter (where consequence = 'RECOMMEND_PROMOTION'),
                               count(*) filter (where consequence = 'ADMONISHMENT_TALK'),
                               count(*) filter (where consequence = 'APPOINTMENT_CANCELLED_OR_POSTPONED')
                          from verdict
                         where period like :period || '%%' and (cast(:county as uuid) is null or county_id = cast(:county as uuid))
                         group by 1, 2 order by 1, 2""".formatted(key[0], key[1]))
                .setParameter("period", period).setParameter("county", countyId == null ? null : countyId.toString());
        List<VerdictFigures> rows = ((List<Object[]>) query.getResultList()).stream().map(VerdictRepository::figures).toList();
        boolean emptyRow = groupBy == FiguresGrouping.PROVINCE || groupBy == FiguresGrouping.COUNTY && countyId != null;
        if (rows.isEmpty() && emptyRow) {
            return List.of(new VerdictFigures(groupBy == FiguresGrouping.PROVINCE ? null : countyId, null, 0,
                    GradeCounts.total(List.of())));
        }
        return rows;
    }

    /** A row of {@link #figures}: county, township, rounds, then the grade counts as {@link GradeCounts#of} reads them. */
    private static VerdictFigures figures(Object[] row) {
        Object[] grades = new Object[row.length - 2];
        grades[0] = row[1];
        System.arraycopy(row, 3, grades, 1, row.length - 3);
        return new VerdictFigures((UUID) row[0], (UUID) row[1], ((Number) row[2]).longValue(), GradeCounts.of(grades));
    }

    public long rounds(UUID countyId, String period) {
        return ((Number) getEntityManager().createNativeQuery(
                        "select count(distinct round_id) from verdict where county_id = :county and period like :p || '%'")
                .setParameter("county", countyId).setParameter("p", period).getSingleResult()).longValue();
    }
}
