package org.masswork.cadre.assignment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record EndAssignmentRequest(
        @NotNull LocalDate endedOn,
        @NotNull EndReason reason,
        @Size(max = 500) @Schema(maxLength = 500) String note,
        @NotNull @Min(0) @Max(Long.MAX_VALUE) @Schema(description = "The version the client read; a stale one is a 409")
        Long version) {
}
