package org.masswork.cases.lifecycle;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.masswork.cases.casefile.EscalationLevel;

public record TransitionRequest(
        @NotNull @Schema(description = "ACCEPT (受理), REJECT (不予受理), START (开始办理), ESCALATE (上报), DE_ESCALATE (交回下级), "
                + "RESOLVE (办结), CLOSE (结案), REOPEN (重新办理) or HAND_OVER (移交经办人); any other is a 400 naming `action`")
        TransitionAction action,
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
