package org.masswork.cadre.assignment;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record AssignCadreRequest(
        @NotNull UUID cadreId,
        @NotNull UUID stationId,
        @NotNull TeamRole role,
        @NotNull @Schema(description = "First day of the two-year term") LocalDate startsOn,
        @Schema(description = "The leader also serves as first secretary of the village party branch") boolean firstSecretary,
        @Size(max = 500) @Schema(maxLength = 500,
                description = "Required when the department kind does not match the village type (包村原则)")
        String exceptionReason,
        @Size(max = 500) @Schema(maxLength = 500,
                description = "Required when the cadre served at this station before (rotation sends them elsewhere)")
        String returnReason,
        @Schema(description = "When the client recorded this, if it was queued offline; defaults to the receive time")
        OffsetDateTime recordedAt) {
}
