package org.masswork.risk.monitoring;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.masswork.platform.event.DomainEvent;
import org.masswork.risk.evidence.WeightedCases;

/**
 * Since an approved matter is carried out, the weighted cases opened in its villages reached {@code multiple} times
 * the alert threshold; {@code contributions} say which kinds and categories of case weighed how much.
 */
public record RiskAlertRaised(
        UUID matterId,
        UUID countyId,
        UUID alertId,
        int newCases,
        double weightedTotal,
        int threshold,
        int multiple,
        UUID triggeringCaseId,
        List<WeightedCases> contributions,
        OffsetDateTime monitoringSince,
        List<UUID> townshipIds) implements DomainEvent {

    @Override
    public UUID aggregateId() {
        return matterId;
    }
}
