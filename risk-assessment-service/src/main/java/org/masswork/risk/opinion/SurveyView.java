package org.masswork.risk.opinion;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VillageSurvey")
public record SurveyView(
        UUID id,
        UUID matterId,
        UUID villageId,
        SurveyMethod method,
        @Schema(maxLength = 20) String methodLabel,
        @Schema(minimum = "0", maximum = "1000000") int householdsReached,
        @Schema(minimum = "0", maximum = "1000000") int support,
        @Schema(minimum = "0", maximum = "1000000") int oppose,
        @Schema(minimum = "0", maximum = "1000000") int supportWithConditions,
        @Schema(minimum = "0", maximum = "1000000", description = "Households that do not understand the matter (不理解)") int notUnderstood,
        @Schema(minimum = "0", maximum = "9223372036854775807") long version,
        OffsetDateTime recordedAt,
        OffsetDateTime receivedAt) {

    static SurveyView of(VillageSurvey s) {
        return new SurveyView(s.id, s.matterId, s.villageId, s.method, s.method.displayLabel(), s.householdsReached, s.support,
                s.oppose, s.supportWithConditions, s.notUnderstood, s.version, s.recordedAt, s.receivedAt);
    }
}
