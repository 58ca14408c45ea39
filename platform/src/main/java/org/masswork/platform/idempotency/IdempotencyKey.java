package org.masswork.platform.idempotency;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.HeaderParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The optional {@code Idempotency-Key} header every create accepts; use with {@code @Valid @BeanParam}. */
public class IdempotencyKey {

    @HeaderParam(IdempotentCreates.HEADER)
    @Pattern(regexp = IdempotentCreates.KEY_PATTERN, message = "{masswork.idempotency-key}")
    @Parameter(description = "Client-chosen key; a retried create with the same key returns the first result",
            schema = @Schema(type = SchemaType.STRING, maxLength = 100, pattern = IdempotentCreates.KEY_PATTERN))
    public String value;
}
