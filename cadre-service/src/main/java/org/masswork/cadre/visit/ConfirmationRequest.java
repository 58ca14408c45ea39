package org.masswork.cadre.visit;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.masswork.cadre.contactcard.ConfirmationCodes;

/** The household's confirmation of a visit: exactly one of a card's one-time code or a countersignature. */
public record ConfirmationRequest(
        @Pattern(regexp = ConfirmationCodes.PATTERN, message = "{masswork.confirmation-code}")
        @Schema(examples = "483920", maxLength = 6, description = "A one-time code from the household's current contact card")
        String code,
        @Size(max = 100) @Pattern(regexp = ".*\\S.*", message = "{jakarta.validation.constraints.NotBlank.message}") @Schema(maxLength = 100,
                description = "Reference of the household head's countersignature (the signed sheet's number)")
        String countersignatureRef) {
}
