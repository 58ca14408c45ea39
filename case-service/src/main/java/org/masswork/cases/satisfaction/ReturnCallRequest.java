package org.masswork.cases.satisfaction;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record ReturnCallRequest(
        @NotNull @Min(0) @Max(Long.MAX_VALUE) Long version,
        @NotBlank @Size(max = 1000) @Schema(maxLength = 1000, description = "What the villager said") String note) {
}
