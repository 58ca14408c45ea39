package org.masswork.cadre.township;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record RegisterTownshipRequest(
        @NotBlank @Size(max = 20) @Pattern(regexp = "^[A-Za-z0-9-]+$", message = "{masswork.code}")
        @Schema(examples = "T01", maxLength = 20)
        String code,
        @NotBlank @Size(max = 100) @Schema(examples = "城关镇", maxLength = 100)
        String name,
        @Schema(description = "When the client recorded this, if it was queued offline; defaults to the receive time")
        OffsetDateTime recordedAt) {
}
