package org.masswork.risk.matter;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record MatterTransitionRequest(
        @NotNull @Schema(description = "START_GATHERING (开始征求意见) once planned, CARRY_OUT (实施) an approved matter, or "
                + "REASSESS (重新评估) a postponed one") TransitionAction action,
        @NotNull @Min(0) @Max(Long.MAX_VALUE) @Schema(description = "The version of the matter the client read") Long version) {
}
