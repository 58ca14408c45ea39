package org.masswork.cadre.diary;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.masswork.cadre.visit.VisitView;

@Schema(name = "DiaryDay", description = "A cadre's diary of one day: the note and the visits")
public record DiaryDayView(
        UUID cadreId,
        LocalDate day,
        @Schema(description = "The cadre's note, if written") DiaryNoteView note,
        @Schema(maxItems = 1000) List<VisitView> visits,
        @Schema(minimum = "0", maximum = "1000") long visitsConfirmed,
        @Schema(minimum = "0", maximum = "1000") long visitsUnconfirmed) {
}
