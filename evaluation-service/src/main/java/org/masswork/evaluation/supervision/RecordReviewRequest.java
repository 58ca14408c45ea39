package org.masswork.evaluation.supervision;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.masswork.evaluation.figures.Months;

/** The review of one station team for one month: the four checks, a score and comments. */
public record RecordReviewRequest(
        @NotNull UUID stationId,
        @NotNull @Size(max = 7) @Pattern(regexp = Months.PATTERN, message = "{masswork.month}")
        @Schema(pattern = Months.PATTERN, maxLength = 7, examples = "2026-05") String month,
        @NotNull Boolean attendanceOk,
        @NotNull Boolean diaryOk,
        @NotNull Boolean ledgerOk,
        @NotNull Boolean caseHandlingOk,
        @NotNull @Min(0) @Max(100) Integer score,
        @Size(max = 1000) String comments,
        OffsetDateTime recordedAt) {
}
