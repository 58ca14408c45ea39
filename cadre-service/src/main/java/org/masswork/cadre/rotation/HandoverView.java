package org.masswork.cadre.rotation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.masswork.cadre.assignment.AssignmentView;
import org.masswork.cadre.contactcard.IssuedContactCardView;

@Schema(name = "StationHandover")
public record HandoverView(
        UUID id,
        UUID stationId,
        LocalDate handedOverOn,
        @Schema(description = "The outgoing assignment, ended for ROTATION") AssignmentView outgoing,
        @Schema(description = "The successor's new assignment") AssignmentView successor,
        @Schema(minimum = "0", maximum = "100000", description = "Households whose contact card was re-issued")
        int cardsReissued,
        @Schema(maxItems = 100000, description = "The re-issued cards with their one-time codes to print. Only in the"
                + " first response: a replay (same Idempotency-Key) answers without them, as issuing a card does.")
        List<IssuedContactCardView> reissuedCards) {
}
