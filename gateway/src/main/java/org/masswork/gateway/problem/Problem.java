package org.masswork.gateway.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.masswork.gateway.language.Language;
import org.masswork.gateway.language.Text;

/**
 * An RFC 9457 problem details body, the same shape the services return (the platform's {@code Problem}):
 * the gateway does not depend on the platform, which brings Hibernate and Kafka.
 */
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
    private static final String TYPE_PREFIX = "urn:masswork:problem:";

    private static final int LISTED_FIELDS = 10;
    private static final Text INVALID = Text.of("请求无效", "Invalid request");

    public static Problem of(String code, Text title, int status, Text detail, String instance, Language language) {
        return new Problem(TYPE_PREFIX + code, title.in(language), status, detail.in(language), instance, List.of());
    }

    /**
     * 400 for these fields: each error says what is wrong with its field, the detail only sums them up ("2 fields are
     * invalid: from, to"), as the services' problems do.
     */
    public static Problem invalid(List<FieldReason> errors, String instance, Language language) {
        List<String> fields = errors.stream().map(FieldReason::field).distinct().toList();
        int count = fields.size();
        List<String> listed = fields.subList(0, Math.min(count, LISTED_FIELDS));
        Text detail = Text.of(count + " 个字段无效：" + String.join("、", listed) + (count > LISTED_FIELDS ? "等" : ""),
                count + (count == 1 ? " field is invalid: " : " fields are invalid: ") + String.join(", ", listed)
                        + (count > LISTED_FIELDS ? ", …" : ""));
        return new Problem(TYPE_PREFIX + "validation-failed", INVALID.in(language), 400, detail.in(language), instance,
                errors.stream().map(e -> new FieldError(e.field(), e.reason().in(language))).toList());
    }

    /** The answer of a resource that refuses with this problem. */
    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }

    @Schema(name = "FieldError")
    public record FieldError(@Schema(maxLength = 200) String field, @Schema(maxLength = 500) String reason) {
    }

    /** A rejected field and why, in each language. */
    public record FieldReason(String field, Text reason) {
    }
}
