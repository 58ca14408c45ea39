package org.masswork.risk.matter;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.masswork.risk.matter.rules.DecisionCheck;

/** One collective decision in a matter's history, with the three rules as evaluated then; the matter keeps only the latest. */
@Entity
@Table(name = "matter_decision")
public class MatterDecision {

    @Id
    public UUID id;

    /** The matter's county. */
    @Column(name = "county_id", nullable = false)
    public UUID countyId;

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

    /** The three rules as evaluated at the decision, a row per check. */
    @ElementCollection
    @CollectionTable(name = "matter_decision_check", joinColumns = @JoinColumn(name = "decision_id"))
    @OrderColumn(name = "position")
    public List<DecisionCheck> checks = new ArrayList<>();
}
