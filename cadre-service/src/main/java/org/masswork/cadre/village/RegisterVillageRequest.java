package org.masswork.cadre.village;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record RegisterVillageRequest(
        @NotNull UUID townshipId,
        @NotBlank @Size(max = 20) @Pattern(regexp = "^[A-Za-z0-9-]+$", message = "{masswork.code}")
        @Schema(examples = "T01-V001", maxLength = 20)
        String code,
        @NotBlank @Size(max = 100) @Schema(examples = "东沟村", maxLength = 100)
        String name,
        @NotNull VillageKind kind,
        @NotNull VillageType type,
        @Schema(description = "When the client recorded this, if it was queued offline; defaults to the receive time")
        OffsetDateTime recordedAt) {
}
