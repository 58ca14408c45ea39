package org.masswork.risk.matter;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The whole analysis; recording it again replaces the earlier one (and its measures). */
public record AnalysisRequest(
        @NotNull @Min(0) @Max(Long.MAX_VALUE) @Schema(description = "The version of the matter the client read") Long version,
        @NotNull @Valid @Schema(description = "合法性") Criterion legality,
        @NotNull @Valid @Schema(description = "合理性") Criterion reasonableness,
        @NotNull @Valid @Schema(description = "可行性") Criterion feasibility,
        @NotNull @Valid @Schema(description = "可控性") Criterion controllability,
        @NotNull @Size(max = 50) @Schema(maxItems = 50) List<@NotNull @Valid Factor> riskFactors,
        @NotNull @Size(max = 50) @Schema(maxItems = 50) List<@NotNull @Valid Measure> measures) {

    /** A criterion's score from 1 (fails it) to 5 (fully meets it), with the findings behind it. */
    public record Criterion(
            @NotNull @Min(1) @Max(5) @Schema(minimum = "1", maximum = "5") Integer score,
            @NotBlank @Size(max = 2000) @Schema(maxLength = 2000) String findings) {
    }

    /** Likelihood and impact each from 1 (slight) to 5 (severe). */
    public record Factor(
            @NotBlank @Size(max = 500) @Schema(maxLength = 500) String description,
            @NotNull @Min(1) @Max(5) @Schema(minimum = "1", maximum = "5") Integer likelihood,
            @NotNull @Min(1) @Max(5) @Schema(minimum = "1", maximum = "5") Integer impact) {
    }

    public record Measure(
            @NotBlank @Size(max = 500) @Schema(maxLength = 500) String description,
            @Size(max = 100) @Schema(maxLength = 100, description = "Who answers for it; may be assigned later") String owner) {
    }
}
