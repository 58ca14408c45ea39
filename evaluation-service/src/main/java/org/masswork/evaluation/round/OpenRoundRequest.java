package org.masswork.evaluation.round;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Opens a round for a half year; without a township, for the whole county. */
public record OpenRoundRequest(
        @NotNull @Size(max = 7) @Pattern(regexp = HalfYear.PATTERN, message = "{masswork.half-year}")
        @Schema(pattern = HalfYear.PATTERN, maxLength = 7, examples = "2026-H1") String period,
        @Schema(description = "The township of the round; absent for a county round") UUID townshipId,
        OffsetDateTime recordedAt) {
}
