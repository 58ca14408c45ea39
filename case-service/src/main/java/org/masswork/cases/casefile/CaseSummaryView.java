package org.masswork.cases.casefile;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.masswork.platform.privacy.Masking;

/** A case in a list: the villager's name always masked, so listing needs no audit; read the case for more. */
@Schema(name = "CaseSummary")
public record CaseSummaryView(
        UUID id,
        CaseKind kind,
        @Schema(maxLength = 20) String kindLabel,
        CaseCategory category,
        @Schema(maxLength = 20) String categoryLabel,
        CaseStatus status,
        @Schema(maxLength = 20) String statusLabel,
        EscalationLevel level,
        @Schema(maxLength = 20) String levelLabel,
        UUID stationId,
        UUID townshipId,
        @Schema(maxLength = 50) String villagerName,
        OffsetDateTime dueAt,
        boolean overdue,
        @Schema(minimum = "0", maximum = "9223372036854775807") long version,
        OffsetDateTime recordedAt) {

    public static CaseSummaryView of(CaseFile file) {
        return new CaseSummaryView(file.id, file.kind, file.kind.displayLabel(), file.category, file.category.displayLabel(),
                file.status, file.status.displayLabel(), file.level, file.level.displayLabel(), file.stationId, file.townshipId,
                Masking.name(file.villagerName), file.dueAt, file.overdue, file.version, file.recordedAt);
    }
}
