package org.masswork.cadre.checkin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record ConfirmCheckInRequest(
        @NotBlank @Size(max = 500) @Schema(maxLength = 500,
                description = "Why the late check-in counts, in the leader's words (who saw the cadre at the station, why the phone sent it late)")
        String reason) {
}
