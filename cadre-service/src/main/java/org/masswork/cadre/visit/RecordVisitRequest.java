package org.masswork.cadre.visit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A visit by the calling cadre (the token's {@code cadre} claim): nobody records visits for someone else. */
public record RecordVisitRequest(
        @NotNull UUID householdId,
        @NotNull @Schema(description = "The day of the visit, in the county's calendar; not in the future") LocalDate visitedOn,
        @NotEmpty @Size(max = 5) @Schema(minItems = 1, maxItems = 5, description = "Which of the five roles (五员) the visit served")
        Set<@NotNull FiveRole> roles,
        @NotBlank @Size(max = 2000) @Schema(maxLength = 2000, description = "What was found") String findings,
        @NotNull Boolean followUpNeeded,
        @Valid @Schema(description = "The household's confirmation, if given during the visit; it can also come later")
        ConfirmationRequest confirmation,
        @Schema(description = "When the client recorded this, if it was queued offline; defaults to the receive time")
        OffsetDateTime recordedAt) {
}
