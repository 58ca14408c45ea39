package org.masswork.platform.openapi;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.masswork.platform.problem.Problem;

/**
 * Gives every service's OpenAPI document what every operation shares, so no resource has to repeat it:
 * the bearer security scheme, and the problem+json error responses (400, 401, 403, 404, 409, 429, 500).
 */
public class StandardResponsesFilter implements OASFilter {

    static final String BEARER = "bearer";

    private static final Map<String, String> ERRORS = Map.of(
            "400", "Invalid request: each bad field and why",
            "401", "Missing, expired or invalid bearer token",
            "403", "The caller's role or scope does not allow this",
            "404", "No such resource in the caller's scope",
            "409", "Conflict with the current state (concurrent update, duplicate, wrong state)",
            "429", "Too many requests; retry after the given number of seconds",
            "500", "Unexpected failure; the detail carries a reference for support");

    private static final Map<String, Integer> FORMAT_LENGTHS = Map.of("uuid", 36, "date-time", 35, "date", 10, "time", 18);

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        openAPI.setComponents(components);
        components.addSecurityScheme(BEARER, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("RS256 JWT; roles in `groups`, scope in `township`, `station`, `cadre`"));
        components.addHeader("Retry-After", OASFactory.createHeader()
                .description("Seconds to wait before retrying")
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).minimum(BigDecimal.ZERO).maximum(BigDecimal.valueOf(86_400))));
        ERRORS.forEach((status, description) -> components.addResponse("Problem" + status, problemResponse(status, description)));
        openAPI.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(BEARER));

        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item ->
                item.getOperations().values().forEach(this::addErrorResponses));
    }

    /** Strings the generator leaves unbounded get the length their format allows (OWASP API4). */
    @Override
    public Schema filterSchema(Schema schema) {
        boolean isString = schema.getType() != null && schema.getType().contains(Schema.SchemaType.STRING);
        if (isString && schema.getMaxLength() == null && schema.getEnumeration() == null) {
            Integer maxLength = FORMAT_LENGTHS.get(String.valueOf(schema.getFormat()));
            if (maxLength != null) {
                schema.setMaxLength(maxLength);
            }
        }
        return schema;
    }

    private void addErrorResponses(Operation operation) {
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        operation.setResponses(responses);
        ERRORS.keySet().forEach(status -> {
            if (!responses.hasAPIResponse(status)) {
                responses.addAPIResponse(status, OASFactory.createAPIResponse().ref("#/components/responses/Problem" + status));
            }
        });
    }

    private static APIResponse problemResponse(String status, String description) {
        APIResponse response = OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))));
        if ("429".equals(status)) {
            Header retryAfter = OASFactory.createHeader().ref("#/components/headers/Retry-After");
            response.addHeader("Retry-After", retryAfter);
        }
        return response;
    }
}
