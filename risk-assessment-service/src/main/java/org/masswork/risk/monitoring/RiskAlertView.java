package org.masswork.risk.monitoring;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RiskAlert")
public record RiskAlertView(
        UUID id,
        OffsetDateTime raisedAt,
        @Schema(minimum = "0", maximum = "1000000000", description = "Cases opened in the matter's villages since it is carried out")
        int newCases,
        @Schema(minimum = "1", maximum = "1000000") int threshold) {

    static RiskAlertView of(RiskAlert alert) {
        return new RiskAlertView(alert.id, alert.raisedAt, alert.newCases, alert.threshold);
    }
}
