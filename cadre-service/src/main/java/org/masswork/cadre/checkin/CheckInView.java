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
        @Schema(description = "Whether it counts in the attendance (and a station day toward the evaluation): received"
                + " within the credit window of its day, or late and confirmed")
        boolean credited,
        @Schema(description = "ON_TIME: received within the credit window; LATE: received later, not counted until"
                + " confirmed (a team member's by the station's leader, the leader's own by an officer of the station's"
                + " township); CONFIRMED: late and confirmed") CheckInCredit credit,
        @Schema(maxLength = 40) String creditLabel,
        @Schema(description = "The station leader who confirmed a team member's late check-in; absent otherwise") UUID confirmedBy,
        @Schema(maxLength = 200, description = "The township officer (their account) who confirmed the station leader's"
                + " own late check-in; absent otherwise") String confirmedByOfficer,
        OffsetDateTime confirmedAt,
        @Schema(maxLength = 500) String confirmationReason,
        @Schema(minimum = "0", maximum = "9223372036854775807") long version,
        OffsetDateTime recordedAt,
        OffsetDateTime receivedAt) {

    static CheckInView of(CheckIn checkIn) {
        CheckInCredit credit = CheckInCredit.of(checkIn);
        return new CheckInView(checkIn.id, checkIn.cadreId, checkIn.stationId, checkIn.checkedInOn, checkIn.kind,
                checkIn.kind.displayLabel(), checkIn.credited, credit, credit.displayLabel(), checkIn.confirmedBy,
                checkIn.confirmedByOfficer, checkIn.confirmedAt, checkIn.confirmationReason, checkIn.version,
                checkIn.recordedAt, checkIn.receivedAt);
    }
}
