package org.masswork.risk.matter;

import java.util.List;
import java.util.UUID;
import org.masswork.platform.event.DomainEvent;

/** The assessor set the matter's risk level; {@code overridden} when it differs from the system's proposal. */
public record RiskLevelDetermined(
        UUID matterId,
        UUID countyId,
        MatterKind kind,
        RiskLevel proposedLevel,
        RiskLevel riskLevel,
        boolean overridden,
        List<UUID> townshipIds) implements DomainEvent {

    @Override
    public UUID aggregateId() {
        return matterId;
    }
}
