package org.masswork.cadre.department;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record RegisterDepartmentRequest(
        @NotBlank @Size(max = 100) @Schema(examples = "县农业农村局", maxLength = 100) String name,
        @NotNull DepartmentKind kind,
        @NotNull DepartmentLevel level,
        @Schema(description = "Required for township departments, absent for county ones") UUID townshipId,
        @Schema(description = "When the client recorded this, if it was queued offline; defaults to the receive time")
        OffsetDateTime recordedAt) {
}
