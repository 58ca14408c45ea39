package org.masswork.gateway.route;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which service owns a path. A prefix matches itself and everything below it, segment by segment; a
 * {@code *} segment matches any one segment ({@code /api/v1/cadres/*}{@code /verdicts}); a trailing
 * {@code *} glued to the last segment matches any segment starting with it ({@code /api/v1/risk*}).
 * The most specific prefix wins: more segments, then more literal segments.
 */
public final class RouteTable {

    /** What a path segment that names one record looks like: a UUID (the services' ids) or a number. */
    private static final Pattern ID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[0-9]+");

    private final List<Prefix> prefixes;

    private RouteTable(List<Prefix> prefixes) {
        this.prefixes = prefixes.stream().sorted(Comparator.comparingInt((Prefix p) -> p.segments.length)
                .thenComparingInt(Prefix::literals).reversed()).toList();
    }

    /** Refuses a table in which two services claim the same prefix: the gateway would pick one silently. */
    public static RouteTable of(Map<String, List<String>> pathsByService) {
        List<Prefix> prefixes = new ArrayList<>();
        Map<String, String> owners = new HashMap<>();
        pathsByService.forEach((service, paths) -> paths.forEach(path -> {
            Prefix prefix = Prefix.parse(service, path.trim());
            String owner = owners.putIfAbsent(prefix.pattern, service);
            if (owner != null && !owner.equals(service)) {
                throw new IllegalStateException("path prefix " + path + " is claimed by both " + owner + " and " + service);
            }
            prefixes.add(prefix);
        }));
        return new RouteTable(prefixes);
    }

    /** The service that owns {@code path}, with the prefix that matched. */
    public Optional<Match> match(String path) {
        String[] segments = path.split("/", -1);
        for (Prefix prefix : prefixes) {
            if (prefix.matches(segments)) {
                return Optional.of(new Match(prefix.service, prefix.template(segments)));
            }
        }
        return Optional.empty();
    }

    /**
     * @param template the path's shape, for the metrics' {@code uri} tag: the matched prefix (its {@code *}
     *                 segments as {@code {id}}), then {@code /{id}} if the next segment is an id, then {@code /**}
     *                 if anything follows. At most four per prefix, whatever the paths clients send.
     */
    public record Match(String service, String template) {
    }

    /** @param shape the pattern with its {@code *} segments as {@code {id}} */
    private record Prefix(String service, String pattern, String[] segments, boolean open, String shape) {

        static Prefix parse(String service, String path) {
            if (!path.startsWith("/") || path.length() < 2) {
                throw new IllegalStateException("route " + service + ": path prefix must start with / and name a path, got '" + path + "'");
            }
            String pattern = path.replaceFirst("/+$", "");
            boolean open = pattern.endsWith("*") && !pattern.endsWith("/*");
            String literal = open ? pattern.substring(0, pattern.length() - 1) : pattern;
            String shape = Arrays.stream(pattern.split("/", -1)).map(segment -> segment.equals("*") ? "{id}" : segment)
                    .collect(Collectors.joining("/"));
            return new Prefix(service, pattern, literal.split("/", -1), open, shape);
        }

        String template(String[] path) {
            int next = segments.length;
            boolean id = next < path.length && ID.matcher(path[next]).matches();
            if (id) {
                next++;
            }
            return shape + (id ? "/{id}" : "") + (next < path.length ? "/**" : "");
        }

        int literals() {
            int count = 0;
            for (String segment : segments) {
                count += segment.equals("*") ? 0 : 1;
            }
            return count;
        }

        boolean matches(String[] path) {
            if (path.length < segments.length) {
                return false;
            }
            int last = segments.length - 1;
            for (int i = 0; i < last; i++) {
                if (!segments[i].equals("*") && !segments[i].equals(path[i])) {
                    return false;
                }
            }
            return open ? path[last].startsWith(segments[last])
                    : segments[last].equals("*") ? !path[last].isEmpty() : segments[last].equals(path[last]);
        }
    }
}
