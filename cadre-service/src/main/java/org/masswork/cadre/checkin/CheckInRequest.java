package org.masswork.cadre.checkin;

import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record CheckInRequest(
        @NotNull UUID cadreId,
        @NotNull UUID stationId,
        @Schema(description = "When the cadre checked in, as recorded on the phone (it may have been offline); defaults to now")
        OffsetDateTime recordedAt) {
}
