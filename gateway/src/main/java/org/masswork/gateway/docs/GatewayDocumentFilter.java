package org.masswork.gateway.docs;

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
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.masswork.platform.language.Language;

/**
 * The gateway's own document ({@code /q/openapi}) says what every one of its operations shares: the 414 for an
 * over-long path or query string, the 429 of its rate limit with {@code Retry-After}, the {@code RateLimit}
 * and CORS headers on every answer, and the {@code Accept-Language} parameter and {@code Content-Language} header. Strings the generator leaves unbounded get the length their format allows.
 */
public class GatewayDocumentFilter implements OASFilter {

    private static final Map<String, Integer> FORMAT_LENGTHS = Map.of("uuid", 36, "date-time", 35, "date", 10);
    private static final String RATE_LIMITED = "429";
    private static final String ACCEPT_LANGUAGE = "AcceptLanguage";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        openAPI.setComponents(components);
        components.addHeader(GatewayAnswers.RATE_LIMIT, stringHeader(GatewayAnswers.RATE_LIMIT_DESCRIPTION, 200));
        components.addHeader(GatewayAnswers.ALLOW_ORIGIN, stringHeader(GatewayAnswers.ALLOW_ORIGIN_DESCRIPTION, 2000));
        components.addHeader(GatewayAnswers.RETRY_AFTER, OASFactory.createHeader()
                .description("Seconds to wait before retrying")
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).format("int32")
                        .minimum(BigDecimal.ZERO).maximum(BigDecimal.valueOf(86_400))));
        components.addParameter(ACCEPT_LANGUAGE, OASFactory.createParameter()
                .name(Language.ACCEPT_LANGUAGE).in(Parameter.In.HEADER).required(false)
                .description("The language of the answer's text (problem titles, details and reasons, labels): `zh-CN` (the "
                        + "default) or `en`, weighed as RFC 9110 says (`en-US,en;q=0.9` is English); any other is answered in "
                        + "zh-CN. `Content-Language` says which the answer is in")
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).maxLength(200)));
        components.addHeader(Language.CONTENT_LANGUAGE, OASFactory.createHeader()
                .description("The language of the answer's text, chosen by Accept-Language")
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).maxLength(5)
                        .enumeration(List.of(Language.ZH_CN.tag(), Language.EN.tag()))));
        components.addResponse(GatewayAnswers.responseName(GatewayAnswers.URI_TOO_LONG),
                problem(GatewayAnswers.URI_TOO_LONG_DESCRIPTION));
        components.addResponse(GatewayAnswers.responseName(RATE_LIMITED), problem("Too many requests; retry after the given number of seconds")
                .addHeader(GatewayAnswers.RETRY_AFTER, ref(GatewayAnswers.RETRY_AFTER)));
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(GatewayDocumentFilter::shared));
    }

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

    /** Every operation of the gateway is rate-limited (by token subject or address) and refuses over-long URIs. */
    private static void shared(Operation operation) {
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        operation.setResponses(responses);
        APIResponse declared429 = responses.getAPIResponse(RATE_LIMITED);
        if (declared429 == null) {
            responses.addAPIResponse(RATE_LIMITED, reference(RATE_LIMITED));
        } else if (declared429.getRef() == null) {
            declared429.addHeader(GatewayAnswers.RETRY_AFTER, ref(GatewayAnswers.RETRY_AFTER));
        }
        if (!responses.hasAPIResponse(GatewayAnswers.URI_TOO_LONG)) {
            responses.addAPIResponse(GatewayAnswers.URI_TOO_LONG, reference(GatewayAnswers.URI_TOO_LONG));
        }
        responses.getAPIResponses().forEach((status, response) -> {
            if (response.getRef() == null && (status.startsWith("2") || status.startsWith("4"))) {
                withGatewayHeaders(response);
            }
            if (response.getRef() == null) {
                // Every answer, a 5xx too, says its language, and carries the CORS origin for a browser to read it.
                response.addHeader(Language.CONTENT_LANGUAGE, ref(Language.CONTENT_LANGUAGE))
                        .addHeader(GatewayAnswers.ALLOW_ORIGIN, ref(GatewayAnswers.ALLOW_ORIGIN));
            }
        });
        operation.addParameter(OASFactory.createParameter().ref("#/components/parameters/" + ACCEPT_LANGUAGE));
    }

    private static APIResponse problem(String description) {
        return withGatewayHeaders(OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent().addMediaType(GatewayAnswers.PROBLEM_MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("#/components/schemas/Problem")))));
    }

    private static APIResponse withGatewayHeaders(APIResponse response) {
        return response.addHeader(GatewayAnswers.RATE_LIMIT, ref(GatewayAnswers.RATE_LIMIT))
                .addHeader(Language.CONTENT_LANGUAGE, ref(Language.CONTENT_LANGUAGE))
                .addHeader(GatewayAnswers.ALLOW_ORIGIN, ref(GatewayAnswers.ALLOW_ORIGIN));
    }

    private static APIResponse reference(String status) {
        return OASFactory.createAPIResponse().ref("#/components/responses/" + GatewayAnswers.responseName(status));
    }

    private static Header ref(String name) {
        return OASFactory.createHeader().ref("#/components/headers/" + name);
    }

    private static Header stringHeader(String description, int maxLength) {
        return OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).maxLength(maxLength));
    }
}
