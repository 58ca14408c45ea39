package org.masswork.cadre.pairing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record PairBrothersRequest(
        @NotNull UUID cadreId,
        @NotBlank @Size(max = 50) @Schema(maxLength = 50, examples = "王建国") String villageMemberName,
        @NotNull UUID villageId,
        @NotNull LocalDate pairedOn,
        OffsetDateTime recordedAt) {
}
