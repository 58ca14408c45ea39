package org.masswork.cadre.household;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Replaces what can change about a household; {@code version} is the one the client read. */
public record UpdateHouseholdRequest(
        @NotNull @Min(0) @Schema(minimum = "0", maximum = "9223372036854775807") Long version,
        @NotBlank @Size(max = 50) @Schema(maxLength = 50) String headName,
        @NotBlank @Size(max = 200) @Schema(maxLength = 200) String address,
        @Size(max = 20) @Pattern(regexp = HouseholdRules.PHONE_PATTERN, message = "{masswork.household-phone}")
        @Schema(maxLength = 20) String phone,
        @NotNull @Min(1) @Max(HouseholdRules.MAX_MEMBERS) Integer memberCount,
        @NotNull @Size(max = 6) @Schema(maxItems = 6) Set<@NotNull HouseholdTag> tags) {
}
