package org.masswork.risk.monitoring;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class RiskAlertRepository implements PanacheRepositoryBase<RiskAlert, UUID> {

    public List<RiskAlertView> ofMatter(UUID matterId) {
        return list("matterId = ?1 order by raisedAt, id", matterId).stream().map(RiskAlertView::of).toList();
    }
}
