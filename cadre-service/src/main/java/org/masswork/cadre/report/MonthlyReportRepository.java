package org.masswork.cadre.report;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.UUID;
import org.masswork.cadre.scope.WorkScope;
import org.masswork.platform.problem.NotFoundProblem;
import org.masswork.platform.language.Text;

@ApplicationScoped
public class MonthlyReportRepository implements PanacheRepositoryBase<MonthlyReport, UUID> {

    public MonthlyReport get(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> new NotFoundProblem(Text.of("月报", "monthly report"), id));
    }

    public boolean submitted(UUID stationId, LocalDate monthStart) {
        return count("stationId = ?1 and monthStart = ?2", stationId, monthStart) > 0;
    }

    /** Reports of the area's county filtered by station, township and month; null filters match all. Newest month first. */
    public PanacheQuery<MonthlyReport> search(WorkScope.Area area, LocalDate monthStart) {
        StringBuilder where = new StringBuilder("countyId = :county");
        Parameters parameters = Parameters.with("county", area.countyId());
        if (area.stationId() != null) {
            where.append(" and stationId = :station");
            parameters.and("station", area.stationId());
        }
        if (area.townshipId() != null) {
            where.append(" and townshipId = :township");
            parameters.and("township", area.townshipId());
        }
        if (monthStart != null) {
            where.append(" and monthStart = :month");
            parameters.and("month", monthStart);
        }
        return find(where.toString(), Sort.by("monthStart").descending().and("stationId"), parameters);
    }
}
