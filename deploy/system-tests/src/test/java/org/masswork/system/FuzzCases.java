package org.masswork.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Bad requests for one operation, generated from its OpenAPI description with a seeded random source (the same
 * seed gives the same requests): a baseline that follows the document, then wrong types, missing and extra
 * fields, out-of-range numbers, huge strings and arrays, broken JSON and unicode edge cases, one change at a time.
 */
final class FuzzCases {

    /**
     * One request to send; {@code what} says what was broken, for the report. A case with {@code bytes} sends them as
     * its body, over a raw socket with its path as written ({@link #raw()}); {@code expect} is what must come back.
     */
    record Case(String what, String method, String path, String contentType, String body, byte[] bytes, Expect expect) {

        Case(String what, String method, String path, String contentType, String body) {
            this(what, method, path, contentType, body, null, Expect.NO_FAULT);
        }

        /** Sent as written, byte for byte: a path java.net.URI would refuse or normalise, a body that is not UTF-8. */
        boolean raw() {
            return bytes != null || expect == Expect.REFUSED_PATH || expect == Expect.METHOD_NOT_ALLOWED;
        }
    }

    /** What a case must be answered with, beyond no 5xx and every error as a declared problem. */
    enum Expect {
        /** Any answer but a fault. */
        NO_FAULT,
        /** A 400 (or the caller refused first): a query parameter the service cannot take (beyond its type, a far date, NUL). */
        BAD_PARAMETER,
        /** Refused with a 4xx: a body with NUL in a string, a date out of range, a form that cannot be decoded. */
        REFUSED,
        /** Refused with a 400 or 404 by the gateway: a bad percent-escape, dot segments. */
        REFUSED_PATH,
        /** Refused, a 405 with Allow: a method the path does not have. */
        METHOD_NOT_ALLOWED
    }

    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");
    private static final String FORM = "application/x-www-form-urlencoded";
    /** Text that may not be stored: the NUL character (PostgreSQL refuses it). */
    private static final String WITH_NUL = "断水\u0000一周";
    private static final Map<String, List<String>> FAR_DATES = Map.of(
            "date", List.of("+999999999-12-31", "-999999999-01-01", "1899-12-31", "10000-01-01"),
            "date-time", List.of("+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z", "1899-12-31T23:59:59Z",
                    "10000-01-01T00:00:00Z"));

    static final int MAX_CASES_PER_OPERATION = 80;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Replaced in the JSON text by an escape Jackson would never write: a lone UTF-16 surrogate. */
    private static final String LONE_SURROGATE = "__lone_surrogate__";
    private static final List<String> UNICODE_EDGES = List.of(
            "\u0000", LONE_SURROGATE, "\u202Eevil", "👨‍👩‍👧‍👦", "e\u0301\u0301\u0301", "\uFEFFbom", "𠀀𠀁", "\u2028\u2029",
            "'; drop table case_file; --", "<script>alert(1)</script>", "%00%ff", "\\u0000");
    private static final List<String> BROKEN_BODIES = List.of(
            "", "{", "{\"a\":", "}", "[]", "null", "123", "\"text\"", "{\"a\":1,}", "{'single':'quotes'}", "\u0000\u0001garbage",
            "[".repeat(5_000) + "]".repeat(5_000), "{\"a\":" + "9".repeat(2_000) + "}");

    private final Random random;
    private final String method;
    private final String template;
    private final Operation operation;
    private final Map<String, Schema> components;

    FuzzCases(long seed, String method, String template, Operation operation, Map<String, Schema> components) {
        this.random = new Random(seed);
        this.method = method;
        this.template = template;
        this.operation = operation;
        this.components = components == null ? Map.of() : components;
    }

    /** The request the document describes, with made-up values: to find a role allowed to call the operation. */
    Case baseline() {
        return new Case("baseline", method, path(Map.of()) + query(Map.of()), bodySchema() == null ? null : "application/json",
                bodySchema() == null ? null : text(valid(bodySchema(), 0)));
    }

    List<Case> bad() {
        List<Case> cases = new ArrayList<>();
        String path = path(Map.of());
        for (Parameter parameter : parameters("path")) {
            for (String value : List.of("not-a-uuid", "0", "x".repeat(5_000), "测试", "\u202E", "%00", "-1")) {
                cases.add(new Case("path " + parameter.getName() + "=" + abbreviate(value), method,
                        path(Map.of(parameter.getName(), value)) + query(Map.of()), contentType(), body()));
            }
        }
        for (Parameter parameter : parameters("query")) {
            for (String value : badScalars(resolve(parameter.getSchema()))) {
                cases.add(new Case("query " + parameter.getName() + "=" + abbreviate(value), method,
                        path + query(Map.of(parameter.getName(), value)), contentType(), body()));
            }
        }
        Schema body = bodySchema();
        if (body != null) {
            ObjectNode valid = valid(body, 0) instanceof ObjectNode object ? object : NODES.objectNode();
            for (String broken : BROKEN_BODIES) {
                cases.add(new Case("body " + abbreviate(broken), method, path, "application/json", broken));
            }
            cases.add(new Case("body as text/plain", method, path, "text/plain", text(valid)));
            cases.add(new Case("extra field", method, path, "application/json", text(valid.deepCopy().put("unexpectedField", 1))));
            mutateProperties(body, valid, "", path, cases, 0);
        }
        Collections.shuffle(cases, random);
        return List.copyOf(cases.subList(0, Math.min(MAX_CASES_PER_OPERATION, cases.size())));
    }

    /**
     * What every operation gets on top of the random sample, whatever the sample draws: the inputs a tester once turned
     * into 500s or bare answers (issue 15). NUL in each string field and query parameter; dates far in the future and
     * past in each date field and parameter; integers beyond their type; bad percent-escapes and dot segments in the
     * path; a form that cannot be decoded; and, with {@code otherMethods}, each method the path does not have.
     */
    List<Case> targeted(List<String> otherMethods) {
        List<Case> cases = new ArrayList<>();
        String path = path(Map.of());
        for (Parameter parameter : parameters("query")) {
            Schema schema = resolve(parameter.getSchema());
            List<String> values = new ArrayList<>(List.of("a\u0000b"));
            values.addAll(FAR_DATES.getOrDefault(String.valueOf(schema == null ? null : schema.getFormat()), List.of()));
            if (schema != null && "integer".equals(type(schema))) {
                values.addAll("int64".equals(schema.getFormat()) ? List.of("9223372036854775808", "-9223372036854775809")
                        : List.of("2147483648", "-2147483649", "99999999999999999999"));
            }
            for (String value : values) {
                cases.add(new Case("query " + parameter.getName() + "=" + abbreviate(value), method, path + query(Map.of(parameter.getName(), value)),
                        contentType(), body(), null, Expect.BAD_PARAMETER));
            }
        }
        Schema body = bodySchema();
        if (body != null && valid(body, 0) instanceof ObjectNode valid) {
            properties(body).forEach((name, property) -> {
                Schema resolved = resolve(property);
                if (!"string".equals(type(resolved)) || resolved.getEnum() != null && !resolved.getEnum().isEmpty()) {
                    return;
                }
                List<String> values = new ArrayList<>(List.of(WITH_NUL));
                values.addAll(FAR_DATES.getOrDefault(String.valueOf(resolved.getFormat()), List.of()));
                for (String value : values) {
                    cases.add(new Case(name + "=" + abbreviate(value), method, path, "application/json",
                            text(valid.deepCopy().put(name, value)), null, Expect.REFUSED));
                }
            });
        }
        if (isForm()) {
            String fields = formFields();
            for (String broken : List.of("%ZZ", "%", "%E6%B0", "%FF%FE", "%00")) {
                cases.add(new Case("form " + broken, method, path, FORM, null,
                        (fields + "&description=" + broken).getBytes(StandardCharsets.ISO_8859_1), Expect.REFUSED));
            }
            byte[] prefix = (fields + "&description=").getBytes(StandardCharsets.ISO_8859_1);
            byte[] undecodable = java.util.Arrays.copyOf(prefix, prefix.length + 3);
            undecodable[prefix.length] = (byte) 0xC3;
            undecodable[prefix.length + 1] = (byte) 0x28;
            undecodable[prefix.length + 2] = (byte) 0xFF;
            cases.add(new Case("form with bytes that are not UTF-8", method, path, FORM, null, undecodable, Expect.REFUSED));
        }
        int cut = path.lastIndexOf('/');
        String parent = path.substring(0, cut);
        String last = path.substring(cut + 1);
        for (String target : List.of(parent + "/%zz", parent + "/%", parent + "/%E0%A4%A", path + "%",
                parent + "/x/../" + last, parent + "/./" + last, parent + "/%2e%2e/" + last, path + "/..", "/api/v1/../../q/metrics")) {
            cases.add(new Case("path " + target, method, target, contentType(), body(), bodyBytes(), Expect.REFUSED_PATH));
        }
        for (String other : otherMethods) {
            cases.add(new Case("method " + other, other, path, "application/json", "{}", "{}".getBytes(StandardCharsets.UTF_8),
                    Expect.METHOD_NOT_ALLOWED));
        }
        return cases;
    }

    /** The methods among GET, POST, PUT, PATCH, DELETE that a path with these operations does not have. */
    static List<String> otherMethods(Set<String> methods) {
        return METHODS.stream().filter(method -> !methods.contains(method)).toList();
    }

    private boolean isForm() {
        return operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
                && operation.getRequestBody().getContent().containsKey(FORM);
    }

    /** The form's required fields with values that follow the document, URL-encoded. */
    private String formFields() {
        Schema schema = resolve(operation.getRequestBody().getContent().get(FORM).getSchema());
        List<String> pairs = new ArrayList<>();
        properties(schema).forEach((name, property) -> {
            if (required(schema).contains(name) && !name.equals("description")) {
                JsonNode value = valid(property, 1);
                pairs.add(encode(name) + "=" + encode(value.isTextual() ? value.asText() : value.toString()));
            }
        });
        return String.join("&", pairs);
    }

    private byte[] bodyBytes() {
        String body = body();
        return body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    }

    private void mutateProperties(Schema schema, ObjectNode valid, String prefix, String path, List<Case> cases, int depth) {
        Map<String, Schema> properties = properties(schema);
        for (String required : required(schema)) {
            ObjectNode without = valid.deepCopy();
            without.remove(required);
            cases.add(new Case("missing " + prefix + required, method, path, "application/json", text(without)));
        }
        properties.forEach((name, property) -> {
            Schema resolved = resolve(property);
            for (JsonNode value : badValues(resolved)) {
                ObjectNode changed = valid.deepCopy();
                changed.set(name, value);
                cases.add(new Case(prefix + name + "=" + abbreviate(value.toString()), method, path, "application/json",
                        text(changed)));
            }
            if (depth < 1 && isObject(resolved) && valid.get(name) instanceof ObjectNode nested) {
                ObjectNode copy = valid.deepCopy();
                mutateNested(resolved, nested, copy, name, path, cases);
            }
        });
    }

    private void mutateNested(Schema schema, ObjectNode nested, ObjectNode outer, String name, String path, List<Case> cases) {
        List<Case> inner = new ArrayList<>();
        mutateProperties(schema, nested, name + ".", path, inner, 1);
        for (Case c : inner) {
            try {
                ObjectNode whole = outer.deepCopy();
                whole.set(name, JSON.readTree(c.body()));
                cases.add(new Case(c.what(), method, path, c.contentType(), text(whole)));
            } catch (Exception e) {
                // A nested case whose text is not JSON on purpose stays a top-level case only.
            }
        }
    }

    private List<JsonNode> badValues(Schema schema) {
        List<JsonNode> values = new ArrayList<>();
        values.add(NODES.nullNode());
        String type = type(schema);
        switch (type) {
            case "string" -> {
                values.add(NODES.numberNode(12345));
                values.add(NODES.objectNode().put("nested", true));
                int max = schema.getMaxLength() == null ? 10_000 : schema.getMaxLength();
                values.add(NODES.textNode("字".repeat(max + 1)));
                values.add(NODES.textNode("a".repeat(200_000)));
                values.add(NODES.textNode(""));
                UNICODE_EDGES.forEach(edge -> values.add(NODES.textNode(edge)));
            }
            case "integer", "number" -> {
                values.add(NODES.textNode("not a number"));
                values.add(NODES.numberNode(new BigDecimal("1e400")));
                values.add(NODES.numberNode(new BigDecimal("-92233720368547758080")));
                values.add(NODES.numberNode(1.5));
                values.add(NODES.arrayNode().add(1));
                if (schema.getMaximum() != null) {
                    values.add(NODES.numberNode(schema.getMaximum().add(BigDecimal.ONE)));
                }
                if (schema.getMinimum() != null) {
                    values.add(NODES.numberNode(schema.getMinimum().subtract(BigDecimal.ONE)));
                }
            }
            case "boolean" -> {
                values.add(NODES.textNode("yes"));
                values.add(NODES.numberNode(1));
            }
            case "array" -> {
                values.add(NODES.objectNode());
                values.add(NODES.textNode("not a list"));
                Schema items = resolve(schema.getItems());
                int max = schema.getMaxItems() == null ? 10_000 : schema.getMaxItems() + 1;
                ArrayNode many = NODES.arrayNode();
                JsonNode item = items == null ? NODES.numberNode(1) : valid(items, 1);
                for (int i = 0; i < Math.min(max, 20_000); i++) {
                    many.add(item.deepCopy());
                }
                values.add(many);
                values.add(NODES.arrayNode().add(NODES.arrayNode().add(NODES.objectNode())));
            }
            case "object" -> {
                values.add(NODES.arrayNode());
                values.add(NODES.textNode("not an object"));
                values.add(NODES.objectNode());
            }
            default -> values.add(NODES.textNode("?"));
        }
        return values;
    }

    private List<String> badScalars(Schema schema) {
        List<String> values = new ArrayList<>(List.of("", "x".repeat(5_000), "测试", "\u202E", "-1", "1e400", "NaN",
                "2147483648", "'--"));
        if (schema != null && schema.getMaximum() != null) {
            values.add(schema.getMaximum().add(BigDecimal.ONE).toPlainString());
        }
        return values;
    }

    /** A value of the schema that follows it where it is simple to: enums, formats, bounds, examples. */
    private JsonNode valid(Schema schema, int depth) {
        Schema resolved = resolve(schema);
        if (resolved == null) {
            return NODES.textNode("x");
        }
        if (resolved.getEnum() != null && !resolved.getEnum().isEmpty()) {
            return JSON.valueToTree(resolved.getEnum().get(0));
        }
        if (resolved.getExample() != null) {
            return JSON.valueToTree(resolved.getExample());
        }
        if (resolved.getExamples() != null && !resolved.getExamples().isEmpty()) {
            return JSON.valueToTree(resolved.getExamples().get(0));
        }
        return switch (type(resolved)) {
            case "string" -> NODES.textNode(validString(resolved));
            case "integer" -> NODES.numberNode(resolved.getMinimum() == null ? 1 : Math.max(1, resolved.getMinimum().intValue()));
            case "number" -> NODES.numberNode(resolved.getMinimum() == null ? 1 : resolved.getMinimum().doubleValue());
            case "boolean" -> NODES.booleanNode(false);
            case "array" -> NODES.arrayNode().add(valid(resolve(resolved.getItems()), depth + 1));
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (depth < 4) {
                    properties(resolved).forEach((name, property) -> object.set(name, valid(property, depth + 1)));
                }
                yield object;
            }
            default -> NODES.textNode("x");
        };
    }

    private static String validString(Schema schema) {
        String format = String.valueOf(schema.getFormat());
        return switch (format) {
            case "uuid" -> UUID.randomUUID().toString();
            case "date" -> "2026-01-15";
            case "date-time" -> "2026-01-15T10:00:00+08:00";
            default -> "测试";
        };
    }

    private Schema resolve(Schema schema) {
        Schema current = schema;
        for (int i = 0; current != null && current.get$ref() != null && i < 10; i++) {
            current = components.get(current.get$ref().replace("#/components/schemas/", ""));
        }
        if (current != null && current.getAllOf() != null && !current.getAllOf().isEmpty()) {
            return resolve((Schema) current.getAllOf().get(0));
        }
        return current;
    }

    private Map<String, Schema> properties(Schema schema) {
        Schema resolved = resolve(schema);
        return resolved == null || resolved.getProperties() == null ? Map.of() : new LinkedHashMap<>(resolved.getProperties());
    }

    private List<String> required(Schema schema) {
        Schema resolved = resolve(schema);
        return resolved == null || resolved.getRequired() == null ? List.of() : resolved.getRequired();
    }

    private boolean isObject(Schema schema) {
        return "object".equals(type(schema));
    }

    private static String type(Schema schema) {
        if (schema == null) {
            return "";
        }
        if (schema.getType() != null) {
            return schema.getType();
        }
        if (schema.getTypes() != null && !schema.getTypes().isEmpty()) {
            return schema.getTypes().stream().filter(t -> !"null".equals(t)).findFirst().orElse("").toString();
        }
        return schema.getProperties() != null ? "object" : "";
    }

    private Schema bodySchema() {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return null;
        }
        MediaType json = operation.getRequestBody().getContent().get("application/json");
        return json == null ? null : json.getSchema();
    }

    private String contentType() {
        return bodySchema() == null ? null : "application/json";
    }

    private String body() {
        return bodySchema() == null ? null : text(valid(bodySchema(), 0));
    }

    private List<Parameter> parameters(String in) {
        return operation.getParameters() == null ? List.of()
                : operation.getParameters().stream().filter(p -> in.equals(p.getIn())).toList();
    }

    private String path(Map<String, String> overrides) {
        String path = template;
        for (Parameter parameter : parameters("path")) {
            String value = overrides.getOrDefault(parameter.getName(), validString(resolve(parameter.getSchema())));
            path = path.replace("{" + parameter.getName() + "}", encode(value));
        }
        return path;
    }

    private String query(Map<String, String> overrides) {
        List<String> pairs = new ArrayList<>();
        overrides.forEach((name, value) -> pairs.add(encode(name) + "=" + encode(value)));
        return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String text(JsonNode node) {
        try {
            return JSON.writeValueAsString(node).replace(LONE_SURROGATE, "\\ud800");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String abbreviate(String value) {
        String printable = value.replace("\u0000", "\\0");
        return printable.length() > 40 ? printable.substring(0, 40) + "…(" + value.length() + " chars)" : printable;
    }
}
