package org.masswork.risk.matter;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One collective decision in a matter's history; the matter itself keeps only the latest. */
@Entity
@Table(name = "matter_decision")
public class MatterDecision {

    @Id
    public UUID id;

    @Column(name = "matter_id", nullable = false)
    public UUID matterId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Decision decision;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_level", nullable = false)
    public RiskLevel riskLevel;

    @Column(name = "decided_at", nullable = false)
    public OffsetDateTime decidedAt;
}
