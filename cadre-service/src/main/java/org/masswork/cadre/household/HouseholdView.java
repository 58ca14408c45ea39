package org.masswork.cadre.household;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.masswork.platform.privacy.Masking;

@Schema(name = "Household")
public record HouseholdView(
        UUID id,
        UUID villageId,
        UUID stationId,
        UUID townshipId,
        @Schema(maxLength = 50, description = "Masked (王**) unless the caller works with this village's households")
        String headName,
        @Schema(maxLength = 200, description = "Masked after the village unless the caller works with this village's households")
        String address,
        @Schema(maxLength = 20, description = "Masked (138****5678) unless the caller works with this village's households")
        String phone,
        @Schema(description = "Whether name, address and phone are masked") boolean masked,
        @Schema(minimum = "1", maximum = "30") int memberCount,
        @Schema(maxItems = 6) List<TagView> tags,
        @Schema(minimum = "0", maximum = "9223372036854775807") long version,
        OffsetDateTime recordedAt,
        OffsetDateTime receivedAt) {

    @Schema(name = "HouseholdTagView")
    public record TagView(HouseholdTag code, @Schema(maxLength = 20) String label) {
    }

    public static HouseholdView full(Household household) {
        return of(household, household.headName, household.address, household.phone, false);
    }

    public static HouseholdView masked(Household household) {
        return of(household, Masking.name(household.headName), Masking.address(household.address),
                Masking.phone(household.phone), true);
    }

    private static HouseholdView of(Household h, String headName, String address, String phone, boolean masked) {
        List<TagView> tags = h.tags.stream().sorted().map(tag -> new TagView(tag, tag.displayLabel())).toList();
        return new HouseholdView(h.id, h.villageId, h.stationId, h.townshipId, headName, address, phone, masked,
                h.memberCount, tags, h.version, h.recordedAt, h.receivedAt);
    }
}
