package org.masswork.cases.petition;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.masswork.cases.deadline.DeadlineView;

@Schema(name = "Petition")
public record PetitionView(
        UUID caseId,
        PetitionMode mode,
        @Schema(maxLength = 20) String modeLabel,
        @Schema(maxItems = 6, description = "Acceptance, written reply, review and re-review answers, as computed") List<DeadlineView> deadlines,
        @Schema(minimum = "1", maximum = "30", description = "The written reply's extension, if it was extended") Integer extensionDays,
        @Schema(maxLength = 1000) String extensionReason,
        OffsetDateTime reviewRequestedAt,
        OffsetDateTime reviewAnsweredAt,
        OffsetDateTime reReviewRequestedAt,
        OffsetDateTime reReviewAnsweredAt,
        PetitionOutcome outcome,
        @Schema(maxLength = 20) String outcomeLabel,
        OffsetDateTime outcomeAt,
        @Schema(minimum = "0", maximum = "9223372036854775807", description = "The case's version") long version) {

    static PetitionView of(Petition petition, List<DeadlineView> deadlines, long version) {
        return new PetitionView(petition.caseId, petition.mode, petition.mode.displayLabel(), deadlines, petition.extensionDays,
                petition.extensionReason, petition.reviewRequestedAt, petition.reviewAnsweredAt,
                petition.reReviewRequestedAt, petition.reReviewAnsweredAt, petition.outcome,
                petition.outcome == null ? null : petition.outcome.displayLabel(), petition.outcomeAt, version);
    }
}
