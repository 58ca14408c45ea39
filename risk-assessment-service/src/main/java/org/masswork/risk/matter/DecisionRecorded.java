package org.masswork.risk.matter;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.masswork.platform.event.DomainEvent;

/** The collective decision on the matter: approved, postponed or vetoed, at its risk level. */
public record DecisionRecorded(
        UUID matterId,
        MatterKind kind,
        Decision decision,
        RiskLevel riskLevel,
        List<UUID> townshipIds,
        OffsetDateTime decidedAt) implements DomainEvent {

    @Override
    public UUID aggregateId() {
        return matterId;
    }
}
