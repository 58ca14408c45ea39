package org.masswork.risk.matter;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record RegisterMatterRequest(
        @NotNull MatterKind kind,
        @NotBlank @Size(max = 200) @Schema(maxLength = 200, examples = "S226省道改建工程征地拆迁") String title,
        @Size(max = 4000) @Schema(maxLength = 4000) String description,
        @NotEmpty @Size(max = 500) @Schema(maxItems = 500, description = "The affected villages; each must be known from a registered station")
        List<@NotNull UUID> villageIds,
        @NotNull @Min(0) @Max(10_000_000) Integer householdsAffected,
        @DecimalMin("0") @DecimalMax("100000000") @Schema(description = "Land to acquire, in mu (projects)") BigDecimal landMu,
        @Min(0) @Max(10_000_000) Integer housesToDemolish,
        @Min(0) @Max(10_000_000) Integer gravesToMove,
        @DecimalMin("0") @DecimalMax("1000000000000") @Schema(description = "Budget in yuan") BigDecimal budgetYuan,
        @NotNull LocalDate plannedDecisionOn,
        @Schema(description = "When the client recorded this, if it was queued offline; defaults to the receive time")
        OffsetDateTime recordedAt) {
}
