package org.masswork.cases.deadline;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CaseDeadline")
public record DeadlineView(
        UUID caseId,
        DeadlineKind kind,
        @Schema(maxLength = 20) String kindLabel,
        UUID stationId,
        UUID townshipId,
        OffsetDateTime dueAt,
        OffsetDateTime metAt,
        @Schema(description = "When the overdue job found it passed unmet") OffsetDateTime overdueAt) {

    public static DeadlineView of(CaseDeadline deadline) {
        return new DeadlineView(deadline.caseId, deadline.kind, deadline.kind.displayLabel(), deadline.stationId,
                deadline.townshipId, deadline.dueAt, deadline.metAt, deadline.overdueAt);
    }
}
