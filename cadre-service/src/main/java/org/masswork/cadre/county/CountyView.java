package org.masswork.cadre.county;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "County")
public record CountyView(
        UUID id,
        @Schema(maxLength = 32) String code,
        @Schema(maxLength = 100) String name,
        @Schema(maxLength = 64) String zone,
        @Schema(minimum = "0", maximum = "9223372036854775807") long version,
        OffsetDateTime recordedAt,
        OffsetDateTime receivedAt) {

    static CountyView of(County county) {
        return new CountyView(county.id, county.code, county.name, county.zone, county.version,
                county.recordedAt, county.receivedAt);
    }
}
