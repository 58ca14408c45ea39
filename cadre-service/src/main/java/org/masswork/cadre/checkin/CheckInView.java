package org.masswork.cadre.checkin;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CheckIn")
public record CheckInView(
        UUID id,
        UUID cadreId,
        UUID stationId,
        LocalDate checkedInOn,
        CheckInKind kind,
        @Schema(maxLength = 10) String kindLabel,
        OffsetDateTime recordedAt,
        OffsetDateTime receivedAt) {

    static CheckInView of(CheckIn checkIn) {
        return new CheckInView(checkIn.id, checkIn.cadreId, checkIn.stationId, checkIn.checkedInOn, checkIn.kind,
                checkIn.kind.displayLabel(), checkIn.recordedAt, checkIn.receivedAt);
    }
}
