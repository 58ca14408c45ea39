package org.masswork.cadre.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MissingReport", description = "A station that did not submit its monthly report by the deadline")
public record MissingReportView(
        UUID stationId,
        @Schema(maxLength = 100) String stationName,
        UUID villageId,
        UUID townshipId,
        @Schema(maxLength = 7) String month,
        LocalDate deadline,
        @Schema(description = "Whether the deadline has passed; before it the station is only not yet done") boolean overdue,
        @Schema(description = "When the report came in after the deadline; absent while it is still missing")
        OffsetDateTime submittedLateAt) {
}
