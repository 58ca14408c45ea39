package org.masswork.cadre.cadre;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record RegisterCadreRequest(
        @NotBlank @Size(max = 50) @Schema(examples = "张伟", maxLength = 50) String name,
        @NotBlank @Pattern(regexp = "^\\+?[0-9-]{7,20}$", message = "{masswork.cadre-phone}")
        @Schema(examples = "13812345678", maxLength = 20) String phone,
        @NotNull UUID departmentId,
        @NotNull CadreRank rank,
        boolean backbone,
        boolean partyMember,
        @Schema(description = "When the client recorded this, if it was queued offline; defaults to the receive time")
        OffsetDateTime recordedAt) {
}
