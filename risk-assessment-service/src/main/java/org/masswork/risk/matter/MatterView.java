package org.masswork.risk.matter;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.masswork.platform.language.Text;
import org.masswork.risk.matter.rules.RuleEvaluation;
import org.masswork.risk.monitoring.RiskAlertView;

@Schema(name = "Matter")
public record MatterView(
        UUID id,
        @Schema(description = "The county whose matter it is: its owning department's") UUID countyId,
        MatterKind kind,
        @Schema(maxLength = 20) String kindLabel,
        @Schema(maxLength = 200) String title,
        @Schema(maxLength = 4000) String description,
        @Schema(maxLength = 100) String department,
        MatterStatus status,
        @Schema(maxLength = 20) String statusLabel,
        @Schema(maxItems = 500) List<UUID> villageIds,
        @Schema(maxItems = 500) List<UUID> townshipIds,
        @Schema(minimum = "0", maximum = "10000000") int householdsAffected,
        @Schema(minimum = "0", maximum = "100000000", description = "Land to acquire, in mu (projects)") BigDecimal landMu,
        @Schema(minimum = "0", maximum = "10000000") Integer housesToDemolish,
        @Schema(minimum = "0", maximum = "10000000") Integer gravesToMove,
        @Schema(minimum = "0", maximum = "1000000000000", description = "Budget in yuan") BigDecimal budgetYuan,
        LocalDate plannedDecisionOn,
        @Schema(maxLength = 100) String assessor,
        @Schema(maxLength = 4000) String assessmentPlan,
        LocalDate assessmentDueOn,
        @Schema(maxItems = 4, description = "Legality, reasonableness, feasibility, controllability; scores 1-5") List<CriterionView> criteria,
        @Schema(maxItems = 50) List<RiskFactorView> riskFactors,
        @Schema(maxItems = 50) List<MeasureView> measures,
        RiskLevel proposedLevel,
        @Schema(maxLength = 20) String proposedLevelLabel,
        @Schema(maxItems = RiskProposal.MAX_REASONS) List<@Size(max = RiskProposal.MAX_REASON_LENGTH) String> proposalReasons,
        RiskLevel riskLevel,
        @Schema(maxLength = 20) String riskLevelLabel,
        @Schema(maxLength = 1000) String overrideReason,
        @Schema(maxLength = 4000) String reportSummary,
        Decision decision,
        @Schema(maxLength = 20) String decisionLabel,
        @Schema(maxLength = 2000) String decisionMinutes,
        OffsetDateTime decidedAt,
        @Schema(maxItems = 4, description = "The three rules as evaluated at the decision, with their checks and figures; "
                + "empty until decided (and for decisions taken before the rules were kept)")
        List<RuleEvaluation> decisionRules,
        OffsetDateTime monitoringSince,
        @Schema(maxItems = 1000) List<RiskAlertView> alerts,
        @Schema(minimum = "0", maximum = "9223372036854775807") long version,
        OffsetDateTime recordedAt,
        OffsetDateTime receivedAt) {

    public record CriterionView(
            AssessmentCriterion criterion,
            @Schema(maxLength = 20, description = "The criterion's label in the reader's language") String label,
            @Schema(minimum = "1", maximum = "5") Integer score,
            @Schema(maxLength = 2000) String findings) {

        static CriterionView of(AssessmentCriterion criterion, Integer score, String findings) {
            return new CriterionView(criterion, criterion.displayLabel(), score, findings);
        }
    }

    public record RiskFactorView(
            @Schema(maxLength = 500) String description,
            @Schema(minimum = "1", maximum = "5") int likelihood,
            @Schema(minimum = "1", maximum = "5") int impact,
            @Schema(minimum = "1", maximum = "25") int score) {
    }

    public record MeasureView(UUID id, @Schema(maxLength = 500) String description, @Schema(maxLength = 100) String owner,
                              OffsetDateTime assignedAt) {
    }

    static MatterView of(Matter m, List<MitigationMeasure> measures, List<RuleEvaluation> decisionRules, List<RiskAlertView> alerts) {
        List<CriterionView> criteria = m.legalityScore == null ? List.of() : List.of(
                CriterionView.of(AssessmentCriterion.LEGALITY, m.legalityScore, m.legalityFindings),
                CriterionView.of(AssessmentCriterion.REASONABLENESS, m.reasonablenessScore, m.reasonablenessFindings),
                CriterionView.of(AssessmentCriterion.FEASIBILITY, m.feasibilityScore, m.feasibilityFindings),
                CriterionView.of(AssessmentCriterion.CONTROLLABILITY, m.controllabilityScore, m.controllabilityFindings));
        return new MatterView(m.id, m.countyId, m.kind, m.kind.displayLabel(), m.title, m.description, m.department, m.status, m.status.displayLabel(),
                m.villageIds.stream().sorted().toList(), m.townshipIds.stream().sorted().toList(),
                m.householdsAffected, m.landMu, m.housesToDemolish, m.gravesToMove, m.budgetYuan, m.plannedDecisionOn,
                m.assessor, m.assessmentPlan, m.assessmentDueOn, criteria,
                m.riskFactors.stream().map(f -> new RiskFactorView(f.description, f.likelihood, f.impact, f.score())).toList(),
                measures.stream().map(x -> new MeasureView(x.id, x.description, x.owner, x.assignedAt)).toList(),
                m.proposedLevel, m.proposedLevel == null ? null : m.proposedLevel.displayLabel(),
                m.proposalReasonsZh == null ? List.of()
                        : Arrays.asList(Text.of(m.proposalReasonsZh, m.proposalReasonsEn).current().split("\n")),
                m.riskLevel, m.riskLevel == null ? null : m.riskLevel.displayLabel(), m.overrideReason, m.reportSummary,
                m.decision, m.decision == null ? null : m.decision.displayLabel(), m.decisionMinutes, m.decidedAt,
                decisionRules, m.monitoringSince, alerts, m.version, m.recordedAt, m.receivedAt);
    }
}
