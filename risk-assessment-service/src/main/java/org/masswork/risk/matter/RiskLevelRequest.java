package org.masswork.risk.matter;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record RiskLevelRequest(
        @NotNull @Min(0) @Max(Long.MAX_VALUE) @Schema(description = "The version of the matter the client read") Long version,
        @Schema(description = "The level the assessor sets; omitted, the system's proposal is taken") RiskLevel level,
        @Size(max = 1000) @Schema(maxLength = 1000, description = "Required when the level differs from the proposal")
        String overrideReason) {
}
