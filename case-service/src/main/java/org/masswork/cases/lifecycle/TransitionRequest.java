package org.masswork.cases.lifecycle;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.masswork.cases.casefile.EscalationLevel;

public record TransitionRequest(
        @NotNull @Schema(description = "ACCEPT, REJECT, START, ESCALATE, DE_ESCALATE, RESOLVE, CLOSE, REOPEN or HAND_OVER")
        CaseAction action,
        @NotNull @Min(0) @Max(Long.MAX_VALUE) @Schema(description = "The version of the case the client read")
        Long version,
        @Schema(description = "The way of handling; required to resolve")
        HandlingMethod method,
        @Size(max = 1000) @Schema(maxLength = 1000) String note,
        @Size(max = 1000) @Schema(maxLength = 1000, description = "Required to not accept (REJECT) a case")
        String reason,
        @Schema(description = "For ESCALATE (default: one level up) and DE_ESCALATE (default: the station)")
        EscalationLevel toLevel,
        @Schema(description = "For ACCEPT (default: the accepting cadre) and HAND_OVER (required): the station's cadre in charge;"
                + " must serve the case's station")
        UUID handlerCadreId) {
}
