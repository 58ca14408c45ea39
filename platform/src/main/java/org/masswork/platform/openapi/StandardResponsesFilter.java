package org.masswork.platform.openapi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.masswork.platform.language.Language;
import org.masswork.platform.problem.Problem;

/**
 * Gives every service's OpenAPI document what every operation shares, so no resource has to repeat it:
 * the {@code Accept-Language} parameter and {@code Content-Language} header ({@link Language}), the bearer security scheme, the problem+json error responses (400, 401, 403, 404, 409, 422, 429, 500, 503; 413 and
 * 415 where there is a body; 405 with {@code Allow} where the path lacks some of GET, POST, PUT, PATCH, DELETE), and the
 * headers the gateway adds to every answer (rate limit, CORS). The framework's own bare 400/401/403 entries
 * and its per-operation requirement of an undeclared scheme give way to these; the roles that requirement names end
 * the operation's description ({@link OperationRoles}).
 */
public class StandardResponsesFilter implements OASFilter {

    static final String BEARER = "bearer";

    private static final Map<String, String> ERRORS = Map.of(
            "400", "Invalid request: each bad field and why",
            "401", "Missing, expired or invalid bearer token",
            "403", "The caller's role or scope does not allow this",
            "404", "No such resource in the caller's scope",
            "409", "Conflict with the current state (concurrent update, duplicate, wrong state)",
            "422", "A business rule refuses the request; `code` names the rule",
            "429", "Too many requests; retry after the given number of seconds",
            "500", "Unexpected failure; the detail carries a reference for support",
            "503", "The service cannot reach its database or an upstream for now; retry after the given number of seconds");

    /** What a path that lacks some methods answers to them, with {@code Allow} naming those it has. */
    static final String METHOD_NOT_ALLOWED = "405";
    private static final Set<PathItem.HttpMethod> METHODS = Set.of(PathItem.HttpMethod.GET, PathItem.HttpMethod.POST,
            PathItem.HttpMethod.PUT, PathItem.HttpMethod.PATCH, PathItem.HttpMethod.DELETE);

    /** What only a request with a body can be refused for. */
    private static final Map<String, String> BODY_ERRORS = Map.of(
            "413", "The body is larger than the gateway accepts",
            "415", "The body is not of a media type the operation accepts");

    /** The framework's name for the scheme it would declare for @RolesAllowed; ours is {@link #BEARER}. */
    private static final String FRAMEWORK_SCHEME = "SecurityScheme";
    static final String RATE_LIMIT = "RateLimit";
    static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";
    static final String ACCEPT_LANGUAGE = "AcceptLanguage";

    private static final Map<String, Integer> FORMAT_LENGTHS = Map.of("uuid", 36, "date-time", 35, "date", 10, "time", 18);

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        openAPI.setComponents(components);
        components.addSecurityScheme(BEARER, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("RS256 JWT verified as RFC8725 (JWT best current practices) asks: the algorithm is fixed "
                        + "(RS256, never `none`), issuer, audience, expiry and a lifetime (exp - iat) of at most 12 h are checked; roles in `groups`, scope in `county` "
                        + "(every role but the province's), `township`, `station`, `cadre`"));
        components.addHeader("Retry-After", OASFactory.createHeader()
                .description("Seconds to wait before retrying")
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).format("int32")
                        .minimum(BigDecimal.ZERO).maximum(BigDecimal.valueOf(86_400))));
        components.addHeader(RATE_LIMIT, OASFactory.createHeader()
                .description("Set by the gateway: the client's remaining quota and the seconds until it is whole again, "
                        + "e.g. `\"default\";r=42;t=1` (IETF draft-ietf-httpapi-ratelimit-headers)")
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).maxLength(200)));
        components.addHeader(ALLOW_ORIGIN, OASFactory.createHeader()
                .description("Set by the gateway when the request's Origin is one of the allowed web clients")
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).maxLength(2000)));
        ERRORS.forEach((status, description) -> components.addResponse("Problem" + status, problemResponse(status, description)));
        BODY_ERRORS.forEach((status, description) -> components.addResponse("Problem" + status, problemResponse(status, description)));
        components.addParameter(ACCEPT_LANGUAGE, OASFactory.createParameter()
                .name(Language.ACCEPT_LANGUAGE).in(Parameter.In.HEADER).required(false)
                .description("The language of the answer's text (problem titles, details and reasons, enum labels): "
                        + "`zh-CN` (the default) or `en`, weighed as RFC 9110 says (`en-US,en;q=0.9` is English); any other is "
                        + "answered in zh-CN. `Content-Language` says which the answer is in")
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).maxLength(200)
                        .examples(List.of("zh-CN", "en-US,en;q=0.9"))));
        components.addHeader(Language.CONTENT_LANGUAGE, OASFactory.createHeader()
                .description("The language of the answer's text, chosen by Accept-Language")
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).maxLength(5)
                        .enumeration(List.of(Language.ZH_CN.tag(), Language.EN.tag()))));
        components.addHeader("Allow", OASFactory.createHeader()
                .description("The methods the path takes, e.g. `GET, POST`")
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).maxLength(100)));
        components.addResponse("Problem" + METHOD_NOT_ALLOWED, problemResponse(METHOD_NOT_ALLOWED,
                "The path does not take this method; `Allow` names those it does")
                .addHeader("Allow", OASFactory.createHeader().ref("#/components/headers/Allow")));
        openAPI.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(BEARER));

        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> {
            boolean lacksMethods = !item.getOperations().keySet().containsAll(METHODS);
            item.getOperations().values().forEach(operation -> {
                OperationRoles.describe(operation, operation.getSecurity(), FRAMEWORK_SCHEME);
                dropFrameworkSecurity(operation);
                addErrorResponses(operation);
                if (lacksMethods && !operation.getResponses().hasAPIResponse(METHOD_NOT_ALLOWED)) {
                    operation.getResponses().addAPIResponse(METHOD_NOT_ALLOWED,
                            OASFactory.createAPIResponse().ref("#/components/responses/Problem" + METHOD_NOT_ALLOWED));
                }
                addGatewayHeaders(operation);
                addLanguage(operation);
            });
        });
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

    /**
     * The document-wide bearer requirement applies; the framework's names a scheme the document does not declare. An
     * operation the framework gave none (@PermitAll) takes no token: an empty requirement says so, as the gateway's
     * open operations do.
     */
    private static void dropFrameworkSecurity(Operation operation) {
        if (operation.getSecurity() == null) {
            operation.setSecurity(new ArrayList<>(List.of(OASFactory.createSecurityRequirement())));
        } else if (operation.getSecurity().stream().anyMatch(r -> r.hasScheme(FRAMEWORK_SCHEME))) {
            operation.setSecurity(null);
        }
    }

    /** Adds the standard problems, and replaces the framework's bare ones (a description, no body) by them. */
    private static void addErrorResponses(Operation operation) {
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        operation.setResponses(responses);
        Set<String> statuses = new TreeSet<>(ERRORS.keySet());
        if (operation.getRequestBody() != null) {
            statuses.addAll(BODY_ERRORS.keySet());
        }
        statuses.forEach(status -> {
            APIResponse existing = responses.getAPIResponse(status);
            boolean bare = existing != null && existing.getRef() == null && existing.getContent() == null;
            if (existing == null || bare) {
                responses.addAPIResponse(status, OASFactory.createAPIResponse().ref("#/components/responses/Problem" + status));
            }
        });
    }

    /** The rate-limit and CORS headers on the operation's own 2xx and 4xx answers (the shared problems carry them too). */
    private static void addGatewayHeaders(Operation operation) {
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (response.getRef() == null && (status.startsWith("2") || status.startsWith("4"))) {
                addGatewayHeaders(response);
            }
        });
    }

    private static void addGatewayHeaders(APIResponse response) {
        response.addHeader(RATE_LIMIT, OASFactory.createHeader().ref("#/components/headers/" + RATE_LIMIT));
        response.addHeader(ALLOW_ORIGIN, OASFactory.createHeader().ref("#/components/headers/" + ALLOW_ORIGIN));
    }

    /** Every operation takes Accept-Language; every answer of its own says its Content-Language. */
    private static void addLanguage(Operation operation) {
        operation.addParameter(OASFactory.createParameter().ref("#/components/parameters/" + ACCEPT_LANGUAGE));
        operation.getResponses().getAPIResponses().values().stream().filter(response -> response.getRef() == null)
                .forEach(StandardResponsesFilter::addContentLanguage);
    }

    private static void addContentLanguage(APIResponse response) {
        response.addHeader(Language.CONTENT_LANGUAGE, OASFactory.createHeader().ref("#/components/headers/" + Language.CONTENT_LANGUAGE));
    }

    private static APIResponse problemResponse(String status, String description) {
        APIResponse response = OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))));
        addContentLanguage(response);
        if ("429".equals(status) || "503".equals(status)) {
            Header retryAfter = OASFactory.createHeader().ref("#/components/headers/Retry-After");
            response.addHeader("Retry-After", retryAfter);
        }
        if (status.startsWith("4")) {
            addGatewayHeaders(response);
        } else {
            response.addHeader(ALLOW_ORIGIN, OASFactory.createHeader().ref("#/components/headers/" + ALLOW_ORIGIN));
        }
        return response;
    }
}
