package org.masswork.risk.matter;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class MatterDecisionRepository implements PanacheRepositoryBase<MatterDecision, UUID> {

    /** The matter's latest decision (a postponed matter reassessed has older ones). */
    public Optional<MatterDecision> latestOf(UUID matterId) {
        return find("matterId", Sort.descending("decidedAt", "id"), matterId).firstResultOptional();
    }
}
