package org.masswork.cadre.household;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record RegisterHouseholdRequest(
        @NotNull UUID villageId,
        @NotBlank @Size(max = 50) @Schema(examples = "王秀英", maxLength = 50, description = "Head of the household (personal data)")
        String headName,
        @NotBlank @Size(max = 200) @Schema(examples = "东沟村三组12号", maxLength = 200, description = "Personal data")
        String address,
        @Size(max = 20) @Pattern(regexp = HouseholdRules.PHONE_PATTERN, message = "{masswork.household-phone}")
        @Schema(examples = "13812345678", maxLength = 20, description = "Personal data; optional")
        String phone,
        @NotNull @Min(1) @Max(HouseholdRules.MAX_MEMBERS) Integer memberCount,
        @Size(max = 6) @Schema(maxItems = 6, description = "Key-household tags; none for an ordinary household")
        Set<@NotNull HouseholdTag> tags,
        @Schema(description = "When the client recorded this, if it was queued offline; defaults to the receive time")
        OffsetDateTime recordedAt) {
}
