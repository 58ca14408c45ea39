package org.masswork.risk.matter;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record DecisionRequest(
        @NotNull @Min(0) @Max(Long.MAX_VALUE) @Schema(description = "The version of the matter the client read") Long version,
        @NotNull Decision decision,
        @NotBlank @Size(max = 2000) @Schema(maxLength = 2000, description = "The minutes of the collective decision") String minutes) {
}
