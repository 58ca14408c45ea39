package org.masswork.platform.input;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.masswork.platform.language.Text;

/**
 * Checks every query parameter a resource method declares (on the method or in its {@code @BeanParam}s) against its
 * Java type before the framework converts it: a number beyond its type ({@code size=2147483648}), an id that is not a
 * UUID, an unknown enum constant, a date that does not parse or lies outside the years 1900–9999, text with a NUL
 * character or bytes that were not UTF-8. Each is a 400 problem naming the parameter. Left to the framework, a
 * conversion failure of a query parameter is a bare 404 (JAX-RS says so), and a far-future date reaches the database
 * and is a 500. What each method declares is read once.
 */
public class QueryParameterChecks {

    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Map<Class<?>, Function<String, ?>> PARSERS = Map.ofEntries(
            Map.entry(LocalDate.class, LocalDate::parse),
            Map.entry(LocalDateTime.class, LocalDateTime::parse),
            Map.entry(OffsetDateTime.class, OffsetDateTime::parse),
            Map.entry(ZonedDateTime.class, ZonedDateTime::parse),
            Map.entry(Instant.class, Instant::parse),
            Map.entry(YearMonth.class, YearMonth::parse),
            Map.entry(Year.class, Year::parse));

    private final Map<Method, List<Check>> checksByMethod = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void check(ResourceInfo resource, UriInfo uri) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return;
        }
        List<Check> checks = checksByMethod.computeIfAbsent(method, QueryParameterChecks::declared);
        if (checks.isEmpty()) {
            return;
        }
        Map<String, List<String>> query = uri.getQueryParameters();
        for (Check check : checks) {
            List<String> values = query.get(check.name());
            if (values != null) {
                for (String value : values) {
                    Text refusal = check.refusal(value);
                    if (refusal != null) {
                        throw new InvalidParameter(check.name(), refusal);
                    }
                }
            }
        }
    }

    private static List<Check> declared(Method method) {
        List<Check> checks = new ArrayList<>();
        java.lang.reflect.Parameter[] parameters = method.getParameters();
        for (java.lang.reflect.Parameter parameter : parameters) {
            collect(parameter, parameter.getType(), parameter.getParameterizedType(), checks, 0);
        }
        return List.copyOf(checks);
    }

    private static void collect(AnnotatedElement element, Class<?> type, Type generic, List<Check> checks, int depth) {
        QueryParam query = element.getAnnotation(QueryParam.class);
        if (query != null) {
            checks.add(new Check(query.value(), elementType(type, generic)));
        } else if (element.isAnnotationPresent(BeanParam.class) && depth < 3) {
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    collect(field, field.getType(), field.getGenericType(), checks, depth + 1);
                }
            }
        }
    }

    /** The type of one value: {@code List<UUID>} and {@code Optional<UUID>} hold UUIDs. */
    private static Class<?> elementType(Class<?> type, Type generic) {
        if ((Collection.class.isAssignableFrom(type) || type == Optional.class) && generic instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        return type;
    }

    private record Check(String name, Class<?> type) {

        Text refusal(String value) {
            Text text = InputRules.refuseDecodedText(value);
            if (text != null || type == String.class) {
                return text;
            }
            if (value.isEmpty()) {
                return Text.of("不得为空", "must not be empty");
            }
            if (type == int.class || type == Integer.class) {
                return parses(value, Integer::parseInt) ? null : wholeNumber(Integer.MIN_VALUE, Integer.MAX_VALUE);
            }
            if (type == long.class || type == Long.class) {
                return parses(value, Long::parseLong) ? null : wholeNumber(Long.MIN_VALUE, Long.MAX_VALUE);
            }
            if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
                return parses(value, text2 -> {
                    if (!Double.isFinite(Double.parseDouble(text2))) {
                        throw new NumberFormatException();
                    }
                    return text2;
                }) ? null : Text.of("须为有限数值", "must be a finite number");
            }
            if (type == boolean.class || type == Boolean.class) {
                return value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false") ? null
                        : Text.of("须为 true 或 false", "must be true or false");
            }
            if (type == UUID.class) {
                return UUID_TEXT.matcher(value).matches() ? null : Text.of("须为 UUID", "must be a UUID");
            }
            if (type.isEnum()) {
                String codes = Arrays.stream(type.getEnumConstants()).map(constant -> ((Enum<?>) constant).name())
                        .collect(Collectors.joining(", "));
                return Arrays.stream(type.getEnumConstants()).anyMatch(constant -> ((Enum<?>) constant).name().equals(value)) ? null
                        : Text.of("须为以下之一：" + codes, "must be one of " + codes);
            }
            Function<String, ?> parser = PARSERS.get(type);
            if (parser != null) {
                Object parsed;
                try {
                    parsed = parser.apply(value);
                } catch (DateTimeException e) {
                    return type == LocalDate.class ? Text.of("须为 ISO 8601 日期（YYYY-MM-DD）", "must be an ISO 8601 date (YYYY-MM-DD)")
                            : Text.of("须为 ISO 8601 日期时间", "must be an ISO 8601 date and time");
                }
                return InputRules.refuseTemporal(parsed);
            }
            return null;
        }

        private static Text wholeNumber(long min, long max) {
            return Text.of("须为 " + min + " 至 " + max + " 之间的整数", "must be a whole number from " + min + " to " + max);
        }

        private static boolean parses(String value, Function<String, ?> parser) {
            try {
                parser.apply(value);
                return true;
            } catch (NumberFormatException e) {
                return false;
            }
        }
    }
}
