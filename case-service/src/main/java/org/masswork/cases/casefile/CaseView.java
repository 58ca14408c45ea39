package org.masswork.cases.casefile;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.masswork.cases.satisfaction.Satisfaction;
import org.masswork.platform.privacy.Masking;

@Schema(name = "Case")
public record CaseView(
        UUID id,
        CaseKind kind,
        @Schema(maxLength = 20) String kindLabel,
        CaseChannel channel,
        @Schema(maxLength = 20) String channelLabel,
        CaseCategory category,
        @Schema(maxLength = 20) String categoryLabel,
        CaseStatus status,
        @Schema(maxLength = 20) String statusLabel,
        EscalationLevel level,
        @Schema(maxLength = 20) String levelLabel,
        UUID stationId,
        UUID villageId,
        UUID townshipId,
        VillagerView villager,
        UUID visitId,
        @Schema(maxLength = 4000) String description,
        @Schema(nullable = true) ConsentView consent,
        @Schema(maxLength = 1000) String rejectionReason,
        @Schema(description = "When the case must be resolved by") OffsetDateTime dueAt,
        boolean overdue,
        OffsetDateTime acceptedAt,
        OffsetDateTime resolvedAt,
        OffsetDateTime closedAt,
        EscalationLevel closedAtLevel,
        Boolean onTime,
        Satisfaction satisfaction,
        @Schema(maxLength = 20) String satisfactionLabel,
        Boolean ratedByProxy,
        @Schema(minimum = "0", maximum = "1000") int reopenCount,
        @Schema(description = "The station's cadre in charge (经办人), once named") UUID handlerCadreId,
        @Schema(description = "The cadre a petition is about, who neither sees nor handles it") UUID concernsCadreId,
        @Schema(description = "An unsatisfied rating awaits a return call (回访) by someone other than the resolver")
        boolean returnCallDue,
        @Schema(minimum = "0", maximum = "9223372036854775807") long version,
        OffsetDateTime recordedAt,
        OffsetDateTime receivedAt) {

    static CaseView of(CaseFile file, boolean masked) {
        VillagerView villager = masked
                ? new VillagerView(file.villagerId, Masking.name(file.villagerName), Masking.phone(file.villagerPhone),
                        Masking.address(file.villagerAddress), true)
                : new VillagerView(file.villagerId, file.villagerName, file.villagerPhone, file.villagerAddress, false);
        ConsentView consent = !file.hasConsent() ? null : new ConsentView(
                masked ? Masking.name(file.consentGivenBy) : file.consentGivenBy,
                file.consentGivenAt, file.consentEntrusted, file.consentRecordedBy);
        return new CaseView(file.id, file.kind, file.kind.displayLabel(), file.channel, file.channel.displayLabel(),
                file.category, file.category.displayLabel(), file.status, file.status.displayLabel(), file.level, file.level.displayLabel(),
                file.stationId, file.villageId, file.townshipId, villager, file.visitId, file.description, consent,
                file.rejectionReason, file.dueAt, file.overdue, file.acceptedAt, file.resolvedAt, file.closedAt,
                file.closedAtLevel, file.onTime, file.satisfaction,
                file.satisfaction == null ? null : file.satisfaction.displayLabel(), file.ratedByProxy, file.reopenCount,
                file.handlerCadreId, file.concernsCadreId, file.returnCallDue,
                file.version, file.recordedAt, file.receivedAt);
    }
}
