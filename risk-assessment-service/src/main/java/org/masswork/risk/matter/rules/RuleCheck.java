package org.masswork.risk.matter.rules;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.masswork.platform.language.Language;
import org.masswork.platform.language.Text;

/**
 * One figure a rule checks, its value now, the limit from which the check holds, and whether it holds. The reason is
 * kept in both languages ({@code wording}); {@code reason} is the Chinese one until {@link #in(Language)} picks the
 * reader's.
 */
@Schema(name = "RuleCheck")
public record RuleCheck(
        RuleFigure figure,
        @Schema(maxLength = 30) String figureLabel,
        @Schema(minimum = "0", maximum = "1000000000000", description = "The figure now; null when not known yet "
                + "(no analysis, no opinions, no budget) or not a number (the risk level)") Double value,
        Comparison comparison,
        @Schema(minimum = "0", maximum = "1000000000000", description = "The threshold (settings under masswork.risk.three-rules); "
                + "null for the risk level") Double limit,
        @Schema(description = "Whether the check holds: one that holds blocks approval") boolean triggered,
        @Schema(maxLength = RuleCheck.MAX_REASON_LENGTH, description = "The check in words, with its figures, in the reader's language")
        String reason,
        @JsonIgnore @Schema(hidden = true) Text wording) {

    static final int MAX_REASON_LENGTH = 1000;

    static RuleCheck of(RuleFigure figure, Double value, Comparison comparison, Double limit, boolean triggered, Text reason) {
        Text bounded = Text.of(bounded(reason.zh()), bounded(reason.en()));
        return new RuleCheck(figure, figure.label(), value, comparison, limit, triggered, bounded.zh(), bounded);
    }

    /** As shown to a reader of {@code language}. */
    RuleCheck in(Language language) {
        return new RuleCheck(figure, figure.label(language), value, comparison, limit, triggered, wording.in(language), wording);
    }

    private static String bounded(String reason) {
        return reason.length() <= MAX_REASON_LENGTH ? reason : reason.substring(0, MAX_REASON_LENGTH - 1) + "…";
    }
}
