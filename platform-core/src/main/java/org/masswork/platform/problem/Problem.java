package org.masswork.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.masswork.platform.language.Language;
import org.masswork.platform.language.Text;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem details body: the shape of every error the services return. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(maxLength = 200, examples = "urn:masswork:problem:validation-failed") String type,
        @Schema(maxLength = 200) String title,
        @Schema(minimum = "400", maximum = "599") int status,
        @Schema(maxLength = 2000) String detail,
        @Schema(maxLength = 2000) String instance,
        @Schema(maxItems = 100) List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** A problem without field errors, in the reader's language. */
    public static Problem of(String code, Text title, int status, Text detail, String instance, Language language) {
        return new Problem(ProblemTypes.uri(code), title.in(language), status, detail.in(language), instance, List.of());
    }

    /** The answer of a resource that refuses with this problem. */
    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }

    /** One rejected field and why. */
    @Schema(name = "FieldError")
    public record FieldError(@Schema(maxLength = 200) String field, @Schema(maxLength = 500) String reason) {
    }
}
