package org.masswork.cadre.visit;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The visits of a month in each of the five roles (五员), of a cadre at a station, of a station, or of a township. */
@Schema(name = "FiveRoleWork")
public record FiveRoleWork(
        @Schema(maxLength = 7, examples = "2026-10") String month,
        @Schema(description = "The cadre, when grouped per cadre") UUID cadreId,
        @Schema(description = "The station, when grouped per cadre or station") UUID stationId,
        UUID townshipId,
        @Schema(maxItems = 5, description = "All five roles in order, zero where none") List<RoleWork> roles) {
}
