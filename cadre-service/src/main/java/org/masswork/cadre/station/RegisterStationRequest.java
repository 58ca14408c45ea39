package org.masswork.cadre.station;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record RegisterStationRequest(
        @NotNull UUID villageId,
        @NotBlank @Size(max = 100) @Schema(examples = "东沟村群众工作站", maxLength = 100)
        String name,
        @Size(max = 200) @Schema(maxLength = 200, description = "Where the station's office is")
        String address,
        @Schema(description = "When the client recorded this, if it was queued offline; defaults to the receive time")
        OffsetDateTime recordedAt) {
}
