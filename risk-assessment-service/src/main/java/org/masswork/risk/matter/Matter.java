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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.masswork.platform.persistence.ClientRecordedEntity;

/** A policy, major decision or construction project under stability risk review (社会稳定风险评估). */
@Entity
public class Matter extends ClientRecordedEntity {

    @Id
    public UUID id;

    /** The county whose matter it is: its decision owner's; every village it affects is of it. */
    @Column(name = "county_id", nullable = false)
    public UUID countyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MatterKind kind;

    @Column(nullable = false)
    public String title;

    public String description;

    /** The owning department (the proposer's {@code department} claim); it and county roles see the matter. */
    @Column(nullable = false)
    public String department;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MatterStatus status;

    @ElementCollection
    @CollectionTable(name = "matter_village", joinColumns = @JoinColumn(name = "matter_id"))
    @Column(name = "village_id")
    public Set<UUID> villageIds = new HashSet<>();

    /** The townships of the villages, from the directory. */
    @ElementCollection
    @CollectionTable(name = "matter_township", joinColumns = @JoinColumn(name = "matter_id"))
    @Column(name = "township_id")
    public Set<UUID> townshipIds = new HashSet<>();

    @Column(name = "households_affected", nullable = false)
    public int householdsAffected;

    @Column(name = "land_mu")
    public BigDecimal landMu;

    @Column(name = "houses_to_demolish")
    public Integer housesToDemolish;

    @Column(name = "graves_to_move")
    public Integer gravesToMove;

    @Column(name = "budget_yuan")
    public BigDecimal budgetYuan;

    @Column(name = "planned_decision_on", nullable = false)
    public LocalDate plannedDecisionOn;

    public String assessor;

    @Column(name = "assessment_plan")
    public String assessmentPlan;

    @Column(name = "assessment_due_on")
    public LocalDate assessmentDueOn;

    @Column(name = "legality_score")
    public Integer legalityScore;

    @Column(name = "legality_findings")
    public String legalityFindings;

    @Column(name = "reasonableness_score")
    public Integer reasonablenessScore;

    @Column(name = "reasonableness_findings")
    public String reasonablenessFindings;

    @Column(name = "feasibility_score")
    public Integer feasibilityScore;

    @Column(name = "feasibility_findings")
    public String feasibilityFindings;

    @Column(name = "controllability_score")
    public Integer controllabilityScore;

    @Column(name = "controllability_findings")
    public String controllabilityFindings;

    @ElementCollection
    @CollectionTable(name = "matter_risk_factor", joinColumns = @JoinColumn(name = "matter_id"))
    @OrderColumn(name = "position")
    public List<RiskFactor> riskFactors = new ArrayList<>();

    /** What the system proposed when the level was set, and why (one reason a line, in each language). */
    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_level")
    public RiskLevel proposedLevel;

    @Column(name = "proposal_reasons_zh")
    public String proposalReasonsZh;

    @Column(name = "proposal_reasons_en")
    public String proposalReasonsEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_level")
    public RiskLevel riskLevel;

    @Column(name = "override_reason")
    public String overrideReason;

    @Column(name = "level_set_at")
    public OffsetDateTime levelSetAt;

    @Column(name = "report_summary")
    public String reportSummary;

    @Enumerated(EnumType.STRING)
    public Decision decision;

    @Column(name = "decision_minutes")
    public String decisionMinutes;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "monitoring_since")
    public OffsetDateTime monitoringSince;

    @Column(name = "alerts_raised", nullable = false)
    public int alertsRaised;

    /** Before the decision only the owning department and county roles may see the matter. */
    public boolean decided() {
        return decision != null;
    }
}
