package org.masswork.risk.matter;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class MatterDecisionRepository implements PanacheRepositoryBase<MatterDecision, UUID> {
}
