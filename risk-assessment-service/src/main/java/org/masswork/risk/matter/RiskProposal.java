package org.masswork.risk.matter;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.masswork.risk.evidence.WeightedCases;
import org.masswork.risk.matter.rules.DecisionRule;
import org.masswork.risk.matter.rules.RuleEvaluation;
import org.masswork.risk.opinion.OpinionTotals;
import org.masswork.platform.language.Language;
import org.masswork.platform.language.Text;

/**
 * The level the system proposes for a matter now, why, the evidence it weighed, and the three rules on it now.
 * {@code reasons} are the Chinese ones until {@link #in(Language)} picks the reader's from {@code reasonWordings}.
 */
@Schema(name = "RiskProposal")
public record RiskProposal(
        RiskLevel level,
        @Schema(maxLength = 20) String levelLabel,
        @Schema(maxItems = RiskProposal.MAX_REASONS, description = "Why, in the reader's language")
        List<@Size(max = RiskProposal.MAX_REASON_LENGTH) String> reasons,
        @Schema(maxItems = 200, description = "Open cases and petitions in the affected villages by kind and category, weighed")
        List<WeightedCases> openCases,
        @Schema(minimum = "0", maximum = "1000000000000", description = "The open cases weighted by category and kind (petitions weigh more)")
        double weightedOpenCases,
        OpinionTotals opinions,
        @Schema(maxItems = 4, description = "The three rules that apply to the matter's kind, evaluated now (on the set level, "
                + "or the proposed one before it is set): which would block approval and why")
        List<RuleEvaluation> rules,
        @Schema(maxItems = 4, description = "The rules that would block approval now") List<DecisionRule> approvalBlockedBy,
        @JsonIgnore @Schema(hidden = true) List<Text> reasonWordings) {

    /** As shown to a reader of {@code language}. */
    public RiskProposal in(Language language) {
        return new RiskProposal(level, level.label(language), reasonWordings.stream().map(reason -> reason.in(language)).toList(),
                openCases, weightedOpenCases, opinions, rules.stream().map(rule -> rule.in(language)).toList(), approvalBlockedBy,
                reasonWordings);
    }

    /** A reason per clause that holds: evidence, opposition, four criteria, up to 50 risk factors, households. */
    static final int MAX_REASONS = 60;
    /** The longest is a risk factor's: its description (at most 500) and its scores. */
    static final int MAX_REASON_LENGTH = 1000;
}
