package org.masswork.cadre.promotion;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Whether a cadre meets the promotion rule: at least a year of station work (一年以上群众工作站工作经历)
 * and a passed latest people's evaluation. {@code reasons} is empty when eligible.
 */
@Schema(name = "PromotionEligibility")
public record PromotionEligibility(
        UUID cadreId,
        boolean eligible,
        @Schema(minimum = "0", maximum = "100000") long stationExperienceDays,
        @Schema(minimum = "0", maximum = "100000") long requiredDays,
        LatestEvaluation latestEvaluation,
        @Schema(maxItems = 3) List<Reason> reasons) {

    public enum Reason {
        INSUFFICIENT_STATION_EXPERIENCE, NO_EVALUATION_YET, FAILED_PEOPLES_EVALUATION
    }

    @Schema(name = "LatestEvaluation")
    public record LatestEvaluation(
            UUID roundId,
            @Schema(maxLength = 20) String period,
            @Schema(maxLength = 30) String grade,
            @Schema(maxLength = 50) String consequence,
            boolean passed,
            OffsetDateTime concludedAt) {
    }
}
