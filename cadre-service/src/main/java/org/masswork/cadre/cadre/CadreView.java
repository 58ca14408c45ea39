package org.masswork.cadre.cadre;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A cadre as one caller may see them: {@code phone} is masked unless the caller is the cadre, their
 * team, their township's officers or a county role ({@code phoneMasked} says which).
 */
@Schema(name = "Cadre")
public record CadreView(
        UUID id,
        @Schema(maxLength = 50) String name,
        @Schema(maxLength = 20) String phone,
        boolean phoneMasked,
        UUID departmentId,
        CadreRank rank,
        @Schema(maxLength = 10) String rankLabel,
        boolean backbone,
        boolean partyMember,
        @Schema(description = "Days stationed, over all assignments up to today", minimum = "0", maximum = "100000")
        long stationExperienceDays,
        @Schema(description = "The station of the active assignment, if any") UUID currentStationId,
        @Schema(minimum = "0", maximum = "9223372036854775807") long version) {
}
