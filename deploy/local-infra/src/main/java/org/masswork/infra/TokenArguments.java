package org.masswork.infra;

import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The claims of {@code deploy/token.sh ROLE [name=value ...]}. Values are typed: {@code true}/{@code false} are
 * booleans, {@code 12} and {@code 1.5} numbers, {@code [A,B]} an array (of typed items), {@code "12"} a string whatever
 * it looks like; anything else a string. Some names are the token's registered claims:
 * <ul>
 * <li>{@code sub}: the subject (else the {@code cadre} claim, else {@code local-<role>}), so two callers of one role
 *     can be minted;</li>
 * <li>{@code iat}, {@code exp}: seconds since 1970, an ISO instant ({@code 2026-01-01T00:00:00Z}) or a time relative
 *     to now ({@code -1h}, {@code +30m}, {@code 90s}, {@code 2d}); {@code exp} alone relative to {@code iat} is not
 *     offered: both are relative to now. Defaults: now and now + 8 h;</li>
 * <li>{@code aud}: one audience or an array; {@code aud=[]} mints a token without one. Default {@link TestTokens#AUDIENCE};</li>
 * <li>{@code groups}: the roles, replacing ROLE ({@code groups=[CADRE,STATION_LEADER]}).</li>
 * </ul>
 */
public record TokenArguments(String subject, Set<String> roles, Instant issuedAt, Instant expiresAt, Object audience,
                             Map<String, Object> claims) {

    static final Duration DEFAULT_LIFESPAN = Duration.ofHours(8);
    private static final Pattern RELATIVE = Pattern.compile("([+-]?)(\\d+)([smhd])");
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,18}");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+\\.\\d+");

    /** Parses {@code name=value} arguments; {@link IllegalArgumentException} names the one that is not well formed. */
    public static TokenArguments parse(String role, List<String> arguments, Instant now) {
        Map<String, Object> claims = new LinkedHashMap<>();
        String subject = null;
        Set<String> roles = new LinkedHashSet<>(List.of(role));
        Instant issuedAt = now;
        Instant expiresAt = null;
        Object audience = TestTokens.AUDIENCE;
        for (String argument : arguments) {
            int equals = argument.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("claims are name=value, got: " + argument);
            }
            String name = argument.substring(0, equals);
            String text = argument.substring(equals + 1);
            switch (name) {
                case "sub" -> subject = text;
                case "iat" -> issuedAt = time(name, text, now);
                case "exp" -> expiresAt = time(name, text, now);
                case "aud" -> audience = value(text);
                case "groups" -> {
                    roles = new LinkedHashSet<>();
                    for (Object item : asList(value(text))) {
                        roles.add(String.valueOf(item));
                    }
                }
                default -> claims.put(name, value(text));
            }
        }
        if (subject == null) {
            subject = String.valueOf(claims.getOrDefault("cadre", "local-" + role.toLowerCase()));
        }
        return new TokenArguments(subject, Collections.unmodifiableSet(roles), issuedAt,
                expiresAt != null ? expiresAt : issuedAt.plus(DEFAULT_LIFESPAN), audience, claims);
    }

    /** A number, a boolean, an array of values, a quoted string or a plain string. */
    static Object value(String text) {
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            return text.substring(1, text.length() - 1);
        }
        if (text.startsWith("[") && text.endsWith("]")) {
            String inside = text.substring(1, text.length() - 1).trim();
            List<Object> items = new ArrayList<>();
            if (!inside.isEmpty()) {
                for (String item : inside.split(",", -1)) {
                    items.add(value(item.trim()));
                }
            }
            return items;
        }
        if (text.equals("true") || text.equals("false")) {
            return Boolean.valueOf(text);
        }
        if (INTEGER.matcher(text).matches()) {
            return Long.valueOf(text);
        }
        if (DECIMAL.matcher(text).matches()) {
            return Double.valueOf(text);
        }
        return text;
    }

    static Instant time(String name, String text, Instant now) {
        Matcher relative = RELATIVE.matcher(text);
        if (relative.matches()) {
            long amount = Long.parseLong(relative.group(2));
            Duration unit = switch (relative.group(3)) {
                case "s" -> Duration.ofSeconds(1);
                case "m" -> Duration.ofMinutes(1);
                case "h" -> Duration.ofHours(1);
                default -> Duration.ofDays(1);
            };
            Duration offset = unit.multipliedBy(amount);
            return relative.group(1).equals("-") ? now.minus(offset) : now.plus(offset);
        }
        if (INTEGER.matcher(text).matches()) {
            return Instant.ofEpochSecond(Long.parseLong(text));
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be seconds since 1970, an ISO instant such as "
                    + "2026-01-01T00:00:00Z, or relative to now such as -1h, +30m, 90s, 2d; got: " + text);
        }
    }

    /** The token these arguments describe, signed with {@code key}. */
    String sign(PrivateKey key) {
        JwtClaimsBuilder builder = TestTokens.claims(subject, roles, claims, issuedAt, expiresAt).remove("aud");
        List<?> audiences = asList(audience);
        if (!audiences.isEmpty()) {
            Set<String> names = new LinkedHashSet<>();
            audiences.forEach(item -> names.add(String.valueOf(item)));
            builder.audience(names);
        }
        return TestTokens.sign(builder, key);
    }

    private static List<?> asList(Object value) {
        return value instanceof List<?> list ? list : List.of(value);
    }
}
