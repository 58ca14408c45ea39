package org.masswork.gateway.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * What a service's document says once the gateway serves it: the gateway as its only server, and on every
 * operation the answers the gateway gives in the service's place (414, 502, 504; a service's document already
 * declares the 401, 413, 429 and 503 it shares with the gateway).
 */
final class DocumentRewrite {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private DocumentRewrite() {
    }

    static void apply(ObjectNode document, URI gateway, String environment) {
        document.putArray("servers").addObject()
                .put("url", gateway.toString().replaceFirst("/$", ""))
                .put("description", GatewayAnswers.serverDescription(environment))
                // The gateway is the public entry; the services behind it are not listed anywhere.
                .put("x-internal", false);
        ObjectNode components = object(document, "components");
        ObjectNode headers = object(components, "headers");
        headers.putIfAbsent(GatewayAnswers.RATE_LIMIT, header(document, GatewayAnswers.RATE_LIMIT_DESCRIPTION, 200));
        headers.putIfAbsent(GatewayAnswers.ALLOW_ORIGIN, header(document, GatewayAnswers.ALLOW_ORIGIN_DESCRIPTION, 2000));
        object(components, "schemas").putIfAbsent("Problem", problemSchema(document));
        ObjectNode responses = object(components, "responses");
        GatewayAnswers.PROXY_PROBLEMS.forEach((status, description) ->
                responses.putIfAbsent(GatewayAnswers.responseName(status), problemResponse(document, status, description)));

        JsonNode paths = document.path("paths");
        for (Iterator<JsonNode> items = paths.elements(); items.hasNext(); ) {
            JsonNode item = items.next();
            for (Iterator<Map.Entry<String, JsonNode>> operations = item.fields(); operations.hasNext(); ) {
                Map.Entry<String, JsonNode> operation = operations.next();
                if (METHODS.contains(operation.getKey()) && operation.getValue() instanceof ObjectNode declared) {
                    ObjectNode answers = object(declared, "responses");
                    GatewayAnswers.PROXY_PROBLEMS.keySet().forEach(status -> answers.putIfAbsent(status,
                            document.objectNode().put("$ref", "#/components/responses/" + GatewayAnswers.responseName(status))));
                }
            }
        }
    }

    private static ObjectNode problemResponse(ObjectNode document, String status, String description) {
        ObjectNode response = document.objectNode().put("description", description);
        response.putObject("content").putObject(GatewayAnswers.PROBLEM_MEDIA_TYPE).putObject("schema")
                .put("$ref", "#/components/schemas/Problem");
        ObjectNode headers = response.putObject("headers");
        if (status.startsWith("4")) {
            headers.putObject(GatewayAnswers.RATE_LIMIT).put("$ref", "#/components/headers/" + GatewayAnswers.RATE_LIMIT);
        }
        headers.putObject(GatewayAnswers.ALLOW_ORIGIN).put("$ref", "#/components/headers/" + GatewayAnswers.ALLOW_ORIGIN);
        return response;
    }

    private static ObjectNode header(ObjectNode document, String description, int maxLength) {
        ObjectNode header = document.objectNode().put("description", description);
        header.putObject("schema").put("type", "string").put("maxLength", maxLength);
        return header;
    }

    /** The services all declare this shape (RFC 9457); a document without it gets the gateway's. */
    private static ObjectNode problemSchema(ObjectNode document) {
        ObjectNode schema = document.objectNode().put("type", "object").put("description", "RFC 9457 problem details");
        ObjectNode properties = schema.putObject("properties");
        properties.putObject("type").put("type", "string").put("maxLength", 200);
        properties.putObject("title").put("type", "string").put("maxLength", 200);
        properties.putObject("status").put("type", "integer").put("format", "int32").put("minimum", 400).put("maximum", 599);
        properties.putObject("detail").put("type", "string").put("maxLength", 2000);
        properties.putObject("instance").put("type", "string").put("maxLength", 2000);
        return schema;
    }

    private static ObjectNode object(ObjectNode parent, String field) {
        return parent.get(field) instanceof ObjectNode existing ? existing : parent.putObject(field);
    }
}
