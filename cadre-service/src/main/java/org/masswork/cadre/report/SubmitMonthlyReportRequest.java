package org.masswork.cadre.report;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record SubmitMonthlyReportRequest(
        @NotNull UUID stationId,
        @NotNull @Schema(implementation = String.class, examples = "2026-10",
                pattern = "^\\d{4}-(0[1-9]|1[0-2])$", maxLength = 7, description = "The month reported (YYYY-MM); it must be over")
        YearMonth month,
        @NotBlank @Size(max = 4000) @Schema(maxLength = 4000, description = "The leader's account of the month's people's situation")
        String summary,
        @Schema(description = "When the client recorded this, if it was queued offline; defaults to the receive time")
        OffsetDateTime recordedAt) {
}
