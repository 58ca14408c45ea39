package org.masswork.cadre.diary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The calling cadre's note for a day (the token's {@code cadre} claim). */
public record WriteDiaryNoteRequest(
        @NotNull @Schema(description = "The day the note is about; not in the future") LocalDate day,
        @NotBlank @Size(max = 4000) @Schema(maxLength = 4000) String note,
        @Schema(description = "When the client recorded this, if it was queued offline; defaults to the receive time")
        OffsetDateTime recordedAt) {
}
