package org.masswork.cadre.village;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record ChangeVillageTypeRequest(
        @NotNull VillageType type,
        @NotBlank @Size(max = 500) @Schema(maxLength = 500, examples = "产业转型, 已脱贫") String reason,
        @NotNull @Min(0) @Max(Long.MAX_VALUE) @Schema(description = "The version the client read; a stale one is a 409")
        Long version) {
}
