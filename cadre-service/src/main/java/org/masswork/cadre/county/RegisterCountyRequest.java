package org.masswork.cadre.county;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record RegisterCountyRequest(
        @NotBlank @Size(max = 32) @Pattern(regexp = "^[A-Za-z0-9-]+$", message = "{masswork.code}")
        @Schema(examples = "QS", maxLength = 32)
        String code,
        @NotBlank @Size(max = 100) @Schema(examples = "青山县", maxLength = 100)
        String name,
        @NotBlank @Size(max = 64)
        @Schema(description = "The IANA zone the county's dates are counted in", examples = "Asia/Shanghai", maxLength = 64)
        String zone,
        @Schema(description = "When the client recorded this, if it was queued offline; defaults to the receive time")
        OffsetDateTime recordedAt) {
}
