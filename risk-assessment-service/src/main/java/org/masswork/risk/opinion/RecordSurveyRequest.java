package org.masswork.risk.opinion;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Households reached in an affected village and how many of them support, oppose, support with conditions or do not
 * understand the matter; together at most the households reached.
 */
public record RecordSurveyRequest(
        @NotNull UUID villageId,
        @NotNull SurveyMethod method,
        @NotNull @Min(0) @Max(1_000_000) Integer householdsReached,
        @NotNull @Min(0) @Max(1_000_000) Integer support,
        @NotNull @Min(0) @Max(1_000_000) Integer oppose,
        @NotNull @Min(0) @Max(1_000_000) Integer supportWithConditions,
        @Min(0) @Max(1_000_000) @Schema(description = "Households that do not understand the matter (不理解); 0 when omitted")
        Integer notUnderstood,
        @Schema(description = "When the client recorded this, if it was queued offline; defaults to the receive time")
        OffsetDateTime recordedAt) {
}
