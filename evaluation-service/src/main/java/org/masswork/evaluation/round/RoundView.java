package org.masswork.evaluation.round;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EvaluationRound")
public record RoundView(
        UUID id,
        @Schema(description = "The county whose round it is") UUID countyId,
        @Schema(maxLength = 7) String period,
        UUID townshipId,
        RoundStatus status,
        @Schema(maxLength = 10) String statusLabel,
        @Schema(minimum = "0", maximum = "100000") long cadres,
        @Schema(minimum = "0", maximum = "1000000") long ballotsIssued,
        @Schema(description = "Codes used, valid or spoiled", minimum = "0", maximum = "1000000") long ballotsReturned,
        @Schema(minimum = "0", maximum = "1000000") long ballotsInvalid,
        OffsetDateTime openedAt,
        OffsetDateTime closedAt,
        @Schema(minimum = "0", maximum = "9223372036854775807") long version) {
}
