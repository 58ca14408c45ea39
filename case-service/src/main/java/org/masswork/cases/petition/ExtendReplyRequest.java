package org.masswork.cases.petition;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record ExtendReplyRequest(
        @NotNull @Min(0) @Max(Long.MAX_VALUE) Long version,
        @NotNull @Min(1) @Max(30) @Schema(description = "At most 30 days, once") Integer days,
        @NotBlank @Size(max = 1000) @Schema(maxLength = 1000) String reason) {
}
