package org.masswork.cadre.pairing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record PairSisterRequest(
        @NotBlank @Size(max = 100) @Schema(maxLength = 100, examples = "县财政局机关党支部") String partyOrganisation,
        @NotNull UUID villageId,
        @NotNull LocalDate pairedOn,
        OffsetDateTime recordedAt) {
}
