package org.masswork.cadre.diary;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record UpdateDiaryNoteRequest(
        @NotNull @Min(0) @Schema(minimum = "0", maximum = "9223372036854775807", description = "The version the client read")
        Long version,
        @NotBlank @Size(max = 4000) @Schema(maxLength = 4000) String note) {
}
