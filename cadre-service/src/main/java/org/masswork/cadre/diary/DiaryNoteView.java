package org.masswork.cadre.diary;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DiaryNote")
public record DiaryNoteView(
        UUID id,
        UUID cadreId,
        UUID stationId,
        LocalDate day,
        @Schema(maxLength = 4000) String note,
        @Schema(minimum = "0", maximum = "9223372036854775807") long version,
        OffsetDateTime recordedAt,
        OffsetDateTime receivedAt) {

    static DiaryNoteView of(DiaryNote note) {
        return new DiaryNoteView(note.id, note.cadreId, note.stationId, note.day, note.note, note.version,
                note.recordedAt, note.receivedAt);
    }
}
