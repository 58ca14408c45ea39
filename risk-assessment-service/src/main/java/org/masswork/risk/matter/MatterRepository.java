package org.masswork.risk.matter;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.UUID;
import org.masswork.platform.problem.NotFoundProblem;
import org.masswork.platform.language.Text;

@ApplicationScoped
public class MatterRepository implements PanacheRepositoryBase<Matter, UUID> {

    public Matter get(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> new NotFoundProblem(Text.of("事项", "matter"), id));
    }

    public Matter getForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).orElseThrow(() -> new NotFoundProblem(Text.of("事项", "matter"), id));
    }

    /**
     * Matters of the county the caller may see: all for county roles ({@code department} null and {@code township}
     * null), else the department's own, and decided matters affecting the caller's township.
     */
    public PanacheQuery<Matter> search(UUID countyId, boolean countyWide, String department, UUID township,
                                       MatterStatus status) {
        return find("""
                        countyId = :county and (:status is null or status = :status)
                        and (:all = true or department = :department
                             or (decision is not null and :township member of townshipIds))""",
                Sort.by("plannedDecisionOn").and("id"),
                Parameters.with("county", countyId).and("status", status).and("all", countyWide).and("department", department)
                        .and("township", township));
    }

    /** Approved matters being carried out in a village of the county, locked so two alerts cannot race. */
    public List<Matter> monitoredInVillage(UUID countyId, UUID villageId) {
        return find("countyId = ?1 and status = ?2 and ?3 member of villageIds", countyId, MatterStatus.MONITORING, villageId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }
}
