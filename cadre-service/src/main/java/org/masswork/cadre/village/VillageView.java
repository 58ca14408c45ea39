package org.masswork.cadre.village;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Village")
public record VillageView(
        UUID id,
        UUID townshipId,
        @Schema(maxLength = 20) String code,
        @Schema(maxLength = 100) String name,
        VillageKind kind,
        @Schema(maxLength = 20, description = "Chinese label of the kind") String kindLabel,
        VillageType type,
        @Schema(maxLength = 20, description = "Chinese label of the type") String typeLabel,
        @Schema(minimum = "0", maximum = "9223372036854775807") long version,
        OffsetDateTime recordedAt,
        OffsetDateTime receivedAt) {

    static VillageView of(Village village) {
        return new VillageView(village.id, village.townshipId, village.code, village.name,
                village.kind, village.kind.displayLabel(), village.type, village.type.displayLabel(),
                village.version, village.recordedAt, village.receivedAt);
    }
}
