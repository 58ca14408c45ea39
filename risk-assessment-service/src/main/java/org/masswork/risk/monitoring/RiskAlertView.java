package org.masswork.risk.monitoring;

import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.masswork.platform.language.Text;
import org.masswork.risk.evidence.WeightedCases;

@Schema(name = "RiskAlert")
public record RiskAlertView(
        UUID id,
        OffsetDateTime raisedAt,
        @Schema(minimum = "0", maximum = "1000000000", description = "Cases opened in the matter's villages since it is carried out")
        int newCases,
        @Schema(minimum = "0", maximum = "1000000000000", description = "Those cases weighed by category and kind (petitions weigh more)")
        double weightedTotal,
        @Schema(minimum = "1", maximum = "1000000") int threshold,
        @Schema(minimum = "1", maximum = "1000000", description = "Raised when the weighted total reached threshold x multiple")
        int multiple,
        @Schema(description = "The case whose opening reached it") UUID triggeringCaseId,
        @Schema(maxItems = 200, description = "What each kind and category of new case contributed") List<WeightedCases> contributions,
        @Schema(maxItems = 202, description = "Why, in the reader's language: the total against the threshold, each contribution, the case that reached it")
        List<@Size(max = 300) String> reasons) {

    static RiskAlertView of(RiskAlert alert) {
        return new RiskAlertView(alert.id, alert.raisedAt, alert.newCases, alert.weightedTotal, alert.threshold, alert.multiple,
                alert.triggeringCaseId, alert.contributions.stream().map(AlertContribution::weighed).toList(), alert.reasons().stream().map(Text::current).toList());
    }
}
