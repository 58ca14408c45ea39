package org.masswork.cases.casefile;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Consent", description = "The villager's recorded consent to an errand or petition by proxy")
public record ConsentView(
        @Schema(maxLength = 50) String givenBy,
        OffsetDateTime givenAt,
        @Schema(maxLength = 1000) String entrusted,
        @Schema(maxLength = 200) String recordedBy) {
}
