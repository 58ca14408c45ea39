package org.masswork.gateway.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem details body, the same shape the services return (the platform's {@code Problem}):
 * the gateway does not depend on the platform, which brings Hibernate and Kafka.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:masswork:problem:";

    public static Problem of(String code, String title, int status, String detail, String instance) {
        return new Problem(TYPE_PREFIX + code, title, status, detail, instance, List.of());
    }

    public record FieldError(String field, String reason) {
    }
}
