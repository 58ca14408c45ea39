package org.masswork.cadre.rotation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record HandOverStationRequest(
        @NotNull @Schema(description = "The cadre who takes over the outgoing cadre's place (and role) in the team")
        UUID successorCadreId,
        @Schema(description = "The day the outgoing term ends and the successor's begins; defaults to today (county time)")
        LocalDate handedOverOn,
        @Schema(description = "The successor, taking over as leader, also serves as first secretary") boolean firstSecretary,
        @Size(max = 500) @Schema(maxLength = 500,
                description = "Required when the successor's department kind does not match the village type (包村原则)")
        String exceptionReason,
        @Size(max = 500) @Schema(maxLength = 500, description = "Required when the successor served at this station before")
        String returnReason,
        @Size(max = 500) @Schema(maxLength = 500, description = "Kept as the outgoing assignment's end note") String note,
        @NotNull @Min(0) @Max(Long.MAX_VALUE) @Schema(description = "The version of the outgoing assignment the client read; a stale one is a 409")
        Long version,
        @Schema(description = "When the client recorded this, if it was queued offline; defaults to the receive time")
        OffsetDateTime recordedAt) {
}
