package org.masswork.cadre.village;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VillageTypeChange")
public record VillageTypeChangeView(
        UUID id,
        UUID villageId,
        VillageType fromType,
        VillageType toType,
        @Schema(maxLength = 20) String toTypeLabel,
        @Schema(maxLength = 500) String reason,
        @Schema(maxLength = 200) String changedBy,
        OffsetDateTime changedAt) {

    static VillageTypeChangeView of(VillageTypeChange change) {
        return new VillageTypeChangeView(change.id, change.villageId, change.fromType, change.toType,
                change.toType.displayLabel(), change.reason, change.changedBy, change.changedAt);
    }
}
