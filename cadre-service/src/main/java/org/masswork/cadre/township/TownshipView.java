package org.masswork.cadre.township;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Township")
public record TownshipView(
        UUID id,
        @Schema(maxLength = 20) String code,
        @Schema(maxLength = 100) String name,
        @Schema(minimum = "0", maximum = "9223372036854775807") long version,
        OffsetDateTime recordedAt,
        OffsetDateTime receivedAt) {

    static TownshipView of(Township township) {
        return new TownshipView(township.id, township.code, township.name, township.version,
                township.recordedAt, township.receivedAt);
    }
}
