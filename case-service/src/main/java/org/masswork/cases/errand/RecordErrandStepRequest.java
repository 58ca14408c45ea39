package org.masswork.cases.errand;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record RecordErrandStepRequest(
        @NotNull @Min(0) @Max(Long.MAX_VALUE) Long version,
        @NotBlank @Size(max = 100) @Schema(maxLength = 100, examples = "县人社局") String department,
        @NotBlank @Size(max = 500) @Schema(maxLength = 500) String action,
        @Size(max = 1000) @Schema(maxLength = 1000) String note,
        @Schema(description = "When it was done; defaults to now") OffsetDateTime doneAt) {
}
