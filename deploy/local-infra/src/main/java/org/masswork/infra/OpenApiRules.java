package org.masswork.infra;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The limits the OWASP API Security rules (deploy/api-lint, API4: unrestricted resource consumption) require of an
 * OpenAPI document, checked without Node so each service's tests can hold them: every string has a maxLength (or
 * an enum or const), every integer a minimum and a maximum, every array a maxItems. Also refused: a component
 * schema that is only a reference to itself, on which client generators recurse forever.
 */
public final class OpenApiRules {

    private static final Set<String> EXAMPLES = Set.of("example", "examples");

    private OpenApiRules() {
    }

    /** Where the document (as parsed JSON: maps, lists, values) breaks a rule, as "path: what is missing". */
    public static List<String> violations(Object document) {
        List<String> found = new ArrayList<>();
        walk(document, "$", found);
        selfReferences(document, found);
        return found;
    }

    private static void walk(Object node, String path, List<String> found) {
        if (node instanceof Map<?, ?> map) {
            // A reference is checked where it points; its siblings only annotate it.
            if (!map.containsKey("$ref")) {
                check(map, path, found);
            }
            map.forEach((key, value) -> {
                if (!EXAMPLES.contains(key)) {
                    walk(value, path + "." + key, found);
                }
            });
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), path + "[" + i + "]", found);
            }
        }
    }

    private static void check(Map<?, ?> schema, String path, List<String> found) {
        Object type = schema.get("type");
        List<?> types = type instanceof List<?> list ? list : List.of(String.valueOf(type));
        if (types.contains("string") && !hasAny(schema, "maxLength", "enum", "const")) {
            found.add(path + ": a string without maxLength, enum or const");
        }
        if (types.contains("integer")
                && !(hasAny(schema, "minimum", "exclusiveMinimum") && hasAny(schema, "maximum", "exclusiveMaximum"))) {
            found.add(path + ": an integer without minimum and maximum");
        }
        if (types.contains("array") && !schema.containsKey("maxItems")) {
            found.add(path + ": an array without maxItems");
        }
    }

    private static boolean hasAny(Map<?, ?> schema, String... keys) {
        for (String key : keys) {
            if (schema.containsKey(key)) {
                return true;
            }
        }
        return false;
    }

    private static void selfReferences(Object document, List<String> found) {
        if (document instanceof Map<?, ?> root && root.get("components") instanceof Map<?, ?> components
                && components.get("schemas") instanceof Map<?, ?> schemas) {
            schemas.forEach((name, schema) -> {
                if (schema instanceof Map<?, ?> map && ("#/components/schemas/" + name).equals(map.get("$ref"))) {
                    found.add("$.components.schemas." + name + ": a schema that is only a reference to itself");
                }
            });
        }
    }
}
