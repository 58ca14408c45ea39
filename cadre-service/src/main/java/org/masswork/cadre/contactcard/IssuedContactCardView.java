package org.masswork.cadre.contactcard;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to issuing a card: the card, and its codes for printing, shown this once and never stored. */
@Schema(name = "IssuedContactCard")
public record IssuedContactCardView(
        ContactCardView card,
        @Schema(maxItems = 100, description = "The one-time six-digit codes to print on the card. Only in the first"
                + " response: a replay of the request (same Idempotency-Key) answers without them, and they cannot be"
                + " read again; if they were lost, issue a new card.")
        List<@Pattern(regexp = ConfirmationCodes.PATTERN) @Size(max = 6) String> confirmationCodes) {
}
