package org.masswork.cadre.visit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Visit")
public record VisitView(
        UUID id,
        UUID cadreId,
        UUID householdId,
        UUID stationId,
        UUID villageId,
        UUID townshipId,
        LocalDate visitedOn,
        @Schema(maxItems = 5) List<RoleView> roles,
        @Schema(maxLength = 2000) String findings,
        boolean followUpNeeded,
        boolean confirmed,
        ConfirmationMethod confirmationMethod,
        @Schema(maxLength = 20) String confirmationMethodLabel,
        OffsetDateTime confirmedAt,
        @Schema(maxLength = 100) String countersignatureRef,
        @Schema(minimum = "0", maximum = "9223372036854775807") long version,
        OffsetDateTime recordedAt,
        OffsetDateTime receivedAt) {

    @Schema(name = "FiveRoleView")
    public record RoleView(FiveRole code, @Schema(maxLength = 30) String label) {
    }

    public static VisitView of(Visit visit) {
        return new VisitView(visit.id, visit.cadreId, visit.householdId, visit.stationId, visit.villageId, visit.townshipId,
                visit.visitedOn, visit.roles.stream().sorted().map(r -> new RoleView(r, r.displayLabel())).toList(),
                visit.findings, visit.followUpNeeded, visit.isConfirmed(), visit.confirmationMethod,
                visit.confirmationMethod == null ? null : visit.confirmationMethod.displayLabel(), visit.confirmedAt,
                visit.countersignatureRef, visit.version, visit.recordedAt, visit.receivedAt);
    }
}
