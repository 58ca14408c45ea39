package org.masswork.risk.matter;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record AssignMeasureRequest(
        @NotNull @Min(0) @Max(Long.MAX_VALUE) @Schema(description = "The version of the matter the client read") Long version,
        @NotBlank @Size(max = 100) @Schema(maxLength = 100, examples = "县自然资源局") String owner) {
}
