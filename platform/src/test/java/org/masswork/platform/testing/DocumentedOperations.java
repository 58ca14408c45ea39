package org.masswork.platform.testing;

import io.quarkus.arc.Arc;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Holds a service's live OpenAPI document (parsed JSON) to its resource classes, read by reflection: every resource
 * method is an operation with an id, a summary, a tag and a description of its own that ends with the roles its
 * {@code @RolesAllowed}, {@code @Authenticated} or {@code @PermitAll} let call it; every request body has an example;
 * a query or form parameter is required in the document exactly when the code refuses a request without it
 * ({@code @NotNull}, {@code @NotBlank}, {@code @NotEmpty}), with the pattern the code holds it to.
 */
public final class DocumentedOperations {

    /** How the platform's OpenAPI filter ends a description (org.masswork.platform.openapi.OperationRoles). */
    public static final String ROLES = "Roles: ";
    public static final String ANY = "any signed-in caller";
    public static final String NONE = "none, no token needed";

    private static final Map<Class<? extends Annotation>, String> METHODS = Map.of(GET.class, "get", POST.class, "post",
            PUT.class, "put", PATCH.class, "patch", DELETE.class, "delete");
    private static final Set<Class<? extends Annotation>> REQUIRED = Set.of(NotNull.class, NotBlank.class, NotEmpty.class);
    private static final String FORM = "application/x-www-form-urlencoded";

    private final Map<String, Object> document;
    private final Map<String, Method> operations = new LinkedHashMap<>();
    private final Map<String, Class<?>> resources = new LinkedHashMap<>();

    private DocumentedOperations(Map<String, Object> document) {
        this.document = document;
        for (Class<?> resource : resourceClasses()) {
            for (Method method : resource.getMethods()) {
                Operation operation = method.getAnnotation(Operation.class);
                if (operation != null && operation.hidden()) {
                    // Deliberately out of the document (a test's own resource).
                    continue;
                }
                METHODS.forEach((annotation, verb) -> {
                    if (method.isAnnotationPresent(annotation)) {
                        String key = verb.toUpperCase() + " " + path(resource, method);
                        operations.put(key, method);
                        resources.put(key, resource);
                    }
                });
            }
        }
    }

    /** The resource methods of the running application, keyed "POST /api/v1/...". */
    public static DocumentedOperations of(Map<String, Object> document) {
        return new DocumentedOperations(document);
    }

    public Set<String> keys() {
        return operations.keySet();
    }

    public Method method(String key) {
        return operations.get(key);
    }

    /** The roles sentence the description of the operation must end with. */
    public String expectedRoles(String key) {
        Method method = operations.get(key);
        String roles = roles(method);
        for (Class<?> type = resources.get(key); roles == null && type != null; type = type.getSuperclass()) {
            roles = roles(type);
        }
        return ROLES + (roles == null ? NONE : roles) + ".";
    }

    /** Where the document and the code disagree, one line each. */
    public List<String> violations() {
        List<String> found = new ArrayList<>();
        Set<String> documented = new TreeSet<>();
        paths().forEach((path, item) -> METHODS.values().forEach(verb -> {
            if (((Map<?, ?>) item).containsKey(verb)) {
                documented.add(verb.toUpperCase() + " " + path);
            }
        }));
        Set<String> undocumented = new TreeSet<>(operations.keySet());
        undocumented.removeAll(documented);
        undocumented.forEach(key -> found.add(key + ": a resource method the document lacks"));
        documented.removeAll(operations.keySet());
        documented.forEach(key -> found.add(key + ": documented, but no resource method serves it"));
        operations.keySet().stream().filter(key -> operation(key) != null).forEach(key -> check(key, found));
        return found;
    }

    private void check(String key, List<String> found) {
        Map<String, Object> operation = operation(key);
        if (operation.get("operationId") == null || operation.get("summary") == null) {
            found.add(key + ": operationId or summary");
        }
        if (!(operation.get("tags") instanceof List<?> tags) || tags.isEmpty()) {
            found.add(key + ": tag");
        }
        String description = operation.get("description") instanceof String text ? text : "";
        String roles = expectedRoles(key);
        if (!description.endsWith(roles) || description.indexOf(ROLES) != description.lastIndexOf(ROLES)) {
            found.add(key + ": the description should end with '" + roles + "' and name roles nowhere else, not '"
                    + description.substring(Math.max(0, description.length() - 80)) + "'");
        } else if (description.substring(0, description.length() - roles.length()).isBlank()) {
            found.add(key + ": a description of its own besides the roles");
        }
        if (operation.get("requestBody") instanceof Map<?, ?> body) {
            ((Map<?, ?>) body.get("content")).forEach((mediaType, content) -> {
                if (!(((Map<?, ?>) content).get("examples") instanceof Map<?, ?> examples) || examples.isEmpty()) {
                    found.add(key + ": a request example (" + mediaType + ")");
                }
            });
        }
        Method method = operations.get(key);
        for (Parameter parameter : method.getParameters()) {
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                for (Class<?> type = parameter.getType(); type != null; type = type.getSuperclass()) {
                    for (Field field : type.getDeclaredFields()) {
                        checkParameter(key, operation, field, found);
                    }
                }
            } else {
                checkParameter(key, operation, parameter, found);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void checkParameter(String key, Map<String, Object> operation, AnnotatedElement element, List<String> found) {
        boolean required = REQUIRED.stream().anyMatch(element::isAnnotationPresent);
        Pattern pattern = element.getAnnotation(Pattern.class);
        QueryParam query = element.getAnnotation(QueryParam.class);
        FormParam form = element.getAnnotation(FormParam.class);
        if (query != null) {
            Map<String, Object> documented = queryParameter(operation, query.value());
            if (documented == null) {
                found.add(key + ": query parameter " + query.value() + " undocumented");
                return;
            }
            if (Boolean.TRUE.equals(documented.get("required")) != required) {
                found.add(key + ": query parameter " + query.value() + (required ? " is required" : " is optional"));
            }
            checkPattern(key, query.value(), pattern, resolve((Map<String, Object>) documented.get("schema")), found);
        } else if (form != null) {
            Map<String, Object> schema = formSchema(operation);
            List<?> requiredFields = schema.get("required") instanceof List<?> list ? list : List.of();
            if (requiredFields.contains(form.value()) != required) {
                found.add(key + ": form field " + form.value() + (required ? " is required" : " is optional"));
            }
            Object property = ((Map<?, ?>) schema.getOrDefault("properties", Map.of())).get(form.value());
            if (property == null) {
                found.add(key + ": form field " + form.value() + " undocumented");
            } else {
                checkPattern(key, form.value(), pattern, resolve((Map<String, Object>) property), found);
            }
        }
    }

    private static void checkPattern(String key, String name, Pattern pattern, Map<String, Object> schema, List<String> found) {
        if (pattern != null && (schema == null || !pattern.regexp().equals(schema.get("pattern")))) {
            found.add(key + ": parameter " + name + " should have the pattern " + pattern.regexp());
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> queryParameter(Map<String, Object> operation, String name) {
        List<Object> parameters = (List<Object>) operation.getOrDefault("parameters", List.of());
        for (Object parameter : parameters) {
            Map<String, Object> resolved = resolve((Map<String, Object>) parameter);
            if (name.equals(resolved.get("name")) && "query".equals(resolved.get("in"))) {
                return resolved;
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> formSchema(Map<String, Object> operation) {
        Map<String, Object> body = (Map<String, Object>) operation.getOrDefault("requestBody", Map.of());
        Map<String, Object> content = (Map<String, Object>) ((Map<String, Object>) body.getOrDefault("content", Map.of())).get(FORM);
        return content == null ? Map.of() : resolve((Map<String, Object>) content.get("schema"));
    }

    /** The object a {@code $ref} (or a lone {@code allOf} of one) points to, or the object itself. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> resolve(Map<String, Object> node) {
        if (node == null) {
            return null;
        }
        Object ref = node.get("$ref");
        if (ref == null && node.get("allOf") instanceof List<?> all && all.size() == 1) {
            ref = ((Map<String, Object>) all.get(0)).get("$ref");
        }
        if (ref == null) {
            return node;
        }
        Object target = document;
        for (String part : ref.toString().substring(2).split("/")) {
            target = ((Map<String, Object>) target).get(part);
        }
        return resolve((Map<String, Object>) target);
    }

    /** The document's operation for "POST /api/v1/...", or null. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> operation(String key) {
        String[] parts = key.split(" ", 2);
        Map<String, Object> item = (Map<String, Object>) paths().get(parts[1]);
        return item == null ? null : (Map<String, Object>) item.get(parts[0].toLowerCase());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> paths() {
        return (Map<String, Object>) document.get("paths");
    }

    private static String roles(AnnotatedElement element) {
        if (element.isAnnotationPresent(PermitAll.class)) {
            return NONE;
        }
        RolesAllowed allowed = element.getAnnotation(RolesAllowed.class);
        if (allowed != null) {
            return String.join(", ", allowed.value());
        }
        return element.isAnnotationPresent(Authenticated.class) ? ANY : null;
    }

    private static String path(Class<?> resource, Method method) {
        String path = "";
        for (Class<?> type = resource; type != null && path.isEmpty(); type = type.getSuperclass()) {
            Path classPath = type.getAnnotation(Path.class);
            path = classPath == null ? "" : classPath.value();
        }
        Path methodPath = method.getAnnotation(Path.class);
        if (methodPath != null) {
            path = path.replaceAll("/$", "") + "/" + methodPath.value().replaceAll("^/", "");
        }
        path = path.replaceAll("\\{\\s*([^:}\\s]+)\\s*:[^}]*}", "{$1}");
        return (path.startsWith("/") ? path : "/" + path).replaceAll("(.)/$", "$1");
    }

    /** The application's JAX-RS resources: its beans whose class (or a superclass) carries {@code @Path}. */
    private static List<Class<?>> resourceClasses() {
        List<Class<?>> found = new ArrayList<>();
        for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            if (type.isAnnotationPresent(Path.class) && !Modifier.isAbstract(type.getModifiers()) && !found.contains(type)) {
                found.add(type);
            }
        }
        found.sort((a, b) -> a.getName().compareTo(b.getName()));
        return found;
    }

    /** The names of the constants of an enum schema of the document ("components/schemas/X" or a property's). */
    public static List<String> enumeration(Map<String, Object> schema) {
        return schema.get("enum") instanceof List<?> values ? values.stream().map(String::valueOf).toList() : List.of();
    }
}
