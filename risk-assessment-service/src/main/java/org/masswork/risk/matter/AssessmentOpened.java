package org.masswork.risk.matter;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.masswork.platform.event.DomainEvent;

/** The assessment of a matter began with its plan. */
public record AssessmentOpened(
        UUID matterId,
        UUID countyId,
        MatterKind kind,
        String department,
        List<UUID> townshipIds,
        List<UUID> villageIds,
        LocalDate plannedDecisionOn) implements DomainEvent {

    @Override
    public UUID aggregateId() {
        return matterId;
    }
}
