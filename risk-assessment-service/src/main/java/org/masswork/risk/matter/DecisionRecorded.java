package org.masswork.risk.matter;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.masswork.platform.event.DomainEvent;
import org.masswork.risk.matter.rules.RuleEvaluation;

/**
 * The collective decision on the matter: approved, postponed or vetoed, at its risk level, with the three rules as
 * evaluated at that moment (an approval has every rule passing; a veto or postponement shows which blocked it).
 */
public record DecisionRecorded(
        UUID matterId,
        UUID countyId,
        MatterKind kind,
        Decision decision,
        RiskLevel riskLevel,
        List<UUID> townshipIds,
        OffsetDateTime decidedAt,
        List<RuleEvaluation> rules) implements DomainEvent {

    @Override
    public UUID aggregateId() {
        return matterId;
    }
}
