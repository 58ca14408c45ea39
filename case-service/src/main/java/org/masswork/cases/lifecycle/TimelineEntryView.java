package org.masswork.cases.lifecycle;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.masswork.cases.casefile.CaseStatus;
import org.masswork.cases.casefile.EscalationLevel;

@Schema(name = "TimelineEntry")
public record TimelineEntryView(
        OffsetDateTime at,
        @Schema(maxLength = 200, description = "The token subject of who did it") String actor,
        @Schema(maxLength = 30) String actorRole,
        CaseAction action,
        @Schema(maxLength = 20) String actionLabel,
        CaseStatus fromStatus,
        CaseStatus toStatus,
        @Schema(maxLength = 20) String toStatusLabel,
        EscalationLevel fromLevel,
        EscalationLevel toLevel,
        @Schema(maxLength = 20) String toLevelLabel,
        HandlingMethod method,
        @Schema(maxLength = 20) String methodLabel,
        @Schema(maxLength = 1000) String note,
        @Schema(description = "The cadre in charge after this step, if one is named") UUID handlerCadreId) {

    static TimelineEntryView of(TimelineEntry entry) {
        return new TimelineEntryView(entry.at, entry.actor, entry.actorRole, entry.action, entry.action.displayLabel(),
                entry.fromStatus, entry.toStatus, entry.toStatus.displayLabel(), entry.fromLevel, entry.toLevel,
                entry.toLevel.displayLabel(), entry.method, entry.method == null ? null : entry.method.displayLabel(), entry.note,
                entry.handlerCadreId);
    }
}
