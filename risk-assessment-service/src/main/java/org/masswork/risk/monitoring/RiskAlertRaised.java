package org.masswork.risk.monitoring;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.masswork.platform.event.DomainEvent;

/** Since an approved matter is carried out, new cases in its villages reached the alert threshold. */
public record RiskAlertRaised(
        UUID matterId,
        UUID alertId,
        int newCases,
        int threshold,
        OffsetDateTime monitoringSince,
        List<UUID> townshipIds) implements DomainEvent {

    @Override
    public UUID aggregateId() {
        return matterId;
    }
}
