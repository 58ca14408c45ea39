package org.masswork.risk.matter;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record AssessmentPlanRequest(
        @NotNull @Min(0) @Max(Long.MAX_VALUE) @Schema(description = "The version of the matter the client read") Long version,
        @NotBlank @Size(max = 100) @Schema(maxLength = 100, description = "Who carries out the assessment (评估主体)") String assessor,
        @NotBlank @Size(max = 4000) @Schema(maxLength = 4000) String plan,
        @NotNull LocalDate dueOn) {
}
