package org.masswork.cases.figures;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.masswork.cases.CaseRules;
import org.masswork.cases.casefile.CaseAccess;
import org.masswork.cases.casefile.CaseCategory;
import org.masswork.cases.figures.QuarterlyAnalysis.TownshipCategory;
import org.masswork.cases.figures.QuarterlyAnalysis.VillageCluster;
import org.masswork.cases.figures.QuarterlyAnalysis.WidespreadProblem;
import org.masswork.platform.county.KnownCounties;
import org.masswork.platform.security.CallerScope;

/** Computes the quarterly analysis from the cases received in the quarter and the one before, in the county's calendar. */
@ApplicationScoped
public class QuarterlyAnalysisService {

    /** The caller's county's cases (another county's township has none), of a township if asked. */
    private static final String SCOPE = " and county_id = :county and kind <> 'ERRAND'"
            + " and (cast(:township as uuid) is null or township_id = :township)";

    private final EntityManager entityManager;
    private final CaseAccess access;
    private final CallerScope caller;
    private final KnownCounties counties;
    private final CaseRules rules;

    QuarterlyAnalysisService(EntityManager entityManager, CaseAccess access, CallerScope caller, KnownCounties counties,
                             CaseRules rules) {
        this.entityManager = entityManager;
        this.access = access;
        this.caller = caller;
        this.counties = counties;
        this.rules = rules;
    }

    @Transactional
    public QuarterlyAnalysis analyse(int year, int quarter, UUID townshipId, int topPerTownship, int clusterMinCases,
                                     int widespreadMinVillages) {
        UUID township = townshipId;
        if (!caller.isCountyWide()) {
            UUID own = access.township().orElseThrow(ForbiddenException::new);
            if (townshipId != null && !townshipId.equals(own)) {
                throw new ForbiddenException();
            }
            township = own;
        }
        ZoneId zone = counties.zone(access.county(), rules.zone());
        LocalDate first = LocalDate.of(year, 3 * quarter - 2, 1);
        OffsetDateTime from = first.atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime to = first.plusMonths(3).atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime previous = first.minusMonths(3).atStartOfDay(zone).toOffsetDateTime();
        return new QuarterlyAnalysis(year, quarter, from, to,
                topCategories(township, previous, from, to, topPerTownship),
                clusters(township, from, to, clusterMinCases),
                widespread(township, from, to, widespreadMinVillages));
    }

    private List<TownshipCategory> topCategories(UUID township, OffsetDateTime previous, OffsetDateTime from,
                                                 OffsetDateTime to, int top) {
        List<Object[]> rows = rows("""
                select township_id, category,
                       count(*) filter (where recorded_at >= :from),
                       count(*) filter (where recorded_at < :from)
                from case_file where recorded_at >= :previous and recorded_at < :to""" + SCOPE + """
                 group by township_id, category""", township, Map.of("previous", previous, "from", from, "to", to));
        Map<UUID, List<Object[]>> byTownship = new LinkedHashMap<>();
        rows.forEach(r -> byTownship.computeIfAbsent((UUID) r[0], id -> new ArrayList<>()).add(r));
        List<TownshipCategory> result = new ArrayList<>();
        byTownship.forEach((id, categories) -> {
            categories.sort(Comparator.comparingLong((Object[] r) -> number(r[2])).reversed()
                    .thenComparing(r -> (String) r[1]));
            for (int rank = 0; rank < Math.min(top, categories.size()) && number(categories.get(rank)[2]) > 0; rank++) {
                Object[] r = categories.get(rank);
                CaseCategory category = CaseCategory.valueOf((String) r[1]);
                result.add(new TownshipCategory(id, category, category.displayLabel(), rank + 1, number(r[2]), number(r[3]),
                        number(r[2]) - number(r[3])));
            }
        });
        return result;
    }

    private List<VillageCluster> clusters(UUID township, OffsetDateTime from, OffsetDateTime to, int minCases) {
        return rows("""
                select village_id, station_id, township_id, category, count(*)
                from case_file where recorded_at >= :from and recorded_at < :to""" + SCOPE + """
                 group by village_id, station_id, township_id, category having count(*) >= :min
                 order by count(*) desc, village_id limit""" + " " + QuarterlyAnalysis.MAX_CLUSTERS,
                township, Map.of("from", from, "to", to, "min", minCases)).stream()
                .map(r -> {
                    CaseCategory category = CaseCategory.valueOf((String) r[3]);
                    return new VillageCluster((UUID) r[0], (UUID) r[1], (UUID) r[2], category, category.displayLabel(), number(r[4]));
                }).toList();
    }

    private List<WidespreadProblem> widespread(UUID township, OffsetDateTime from, OffsetDateTime to, int minVillages) {
        return rows("""
                select category, count(distinct village_id), count(distinct township_id), count(*)
                from case_file where recorded_at >= :from and recorded_at < :to""" + SCOPE + """
                 group by category having count(distinct village_id) >= :min
                 order by count(distinct village_id) desc, category""",
                township, Map.of("from", from, "to", to, "min", minVillages)).stream()
                .map(r -> {
                    CaseCategory category = CaseCategory.valueOf((String) r[0]);
                    return new WidespreadProblem(category, category.displayLabel(), number(r[1]), number(r[2]), number(r[3]));
                }).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, UUID township, Map<String, Object> parameters) {
        var query = entityManager.createNativeQuery(sql).setParameter("county", access.county())
                .setParameter("township", township);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
