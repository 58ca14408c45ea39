package org.masswork.gateway.token;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonString;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.masswork.gateway.route.GatewayConfig;
import org.masswork.platform.language.Text;

/**
 * What each county system may do: its client's scopes ({@code masswork.gateway.clients.<id>.scopes}), each a list of
 * operations ({@code masswork.gateway.scopes.<name>}, {@code METHOD /path}). A token with the role {@code SYSTEM} is
 * held to the operations of the client it names ({@code client_id}, else {@code azp}): of the scopes in its
 * {@code scope} claim, those its client still has; without the claim, all its client's. A SYSTEM token naming no
 * configured client may do nothing, so no county system is county-wide by default; one naming another county than its
 * client's ({@code masswork.gateway.clients.<id>.county}, else the default county) may do nothing either. Other tokens
 * are not concerned.
 */
@ApplicationScoped
public class ClientScopes {

    public static final String SYSTEM = "SYSTEM";

    private final Map<String, List<Rule>> rulesByScope = new LinkedHashMap<>();
    private final Map<String, Set<String>> scopesByClient = new LinkedHashMap<>();
    private final Map<String, UUID> countyByClient = new LinkedHashMap<>();

    ClientScopes(GatewayConfig config) {
        config.scopes().forEach((scope, rules) -> rulesByScope.put(scope, rules.stream().map(rule -> Rule.parse(scope, rule)).toList()));
        config.clients().forEach((client, settings) -> {
            Set<String> scopes = new LinkedHashSet<>(settings.scopes().orElse(List.of()));
            scopes.forEach(scope -> {
                if (!rulesByScope.containsKey(scope)) {
                    throw new IllegalStateException("client " + client + " has the scope " + scope
                            + ", which masswork.gateway.scopes does not define");
                }
            });
            scopesByClient.put(client, Collections.unmodifiableSet(scopes));
            countyByClient.put(client, settings.countyOrDefault());
        });
    }

    /** The scopes a client may have; empty for an unknown client. */
    public Set<String> of(String client) {
        return scopesByClient.getOrDefault(client, Set.of());
    }

    /** Whether the token may send {@code method} to {@code path}; {@code null} when it may, else why not. */
    public Text refusal(JsonWebToken token, String method, String path) {
        if (token.getGroups() == null || !token.getGroups().contains(SYSTEM)) {
            return null;
        }
        Optional<String> client = client(token);
        if (client.isEmpty() || !scopesByClient.containsKey(client.get())) {
            return Text.of("SYSTEM 令牌须来自已登记的县级系统；此令牌" + client.map(id -> "注明的是未知客户端 " + id).orElse("未注明客户端"),
                    "A SYSTEM token must come from a registered county system; this one names "
                            + client.map(id -> "the unknown client " + id).orElse("no client"));
        }
        UUID county = CountyScope.county(token);
        if (county != null && !county.equals(countyByClient.get(client.get()))) {
            return Text.of("县级系统 " + client.get() + " 属于县 " + countyByClient.get(client.get()) + "；此令牌注明的是县 " + county,
                    "The county system " + client.get() + " works for the county " + countyByClient.get(client.get())
                            + "; this token names the county " + county);
        }
        Set<String> granted = new LinkedHashSet<>(of(client.get()));
        Object claimed = token.getClaim("scope");
        if (claimed != null) {
            granted.retainAll(Arrays.asList(text(claimed).trim().split("\\s+")));
        }
        String[] segments = path.split("/", -1);
        for (String scope : granted) {
            for (Rule rule : rulesByScope.getOrDefault(scope, List.of())) {
                if (rule.matches(method, segments)) {
                    return null;
                }
            }
        }
        String scopes = granted.isEmpty() ? null : String.join(", ", granted);
        return Text.of("县级系统 " + client.get() + " 不得 " + method + " " + path + "（其权限范围：" + (scopes == null ? "无" : scopes) + "）",
                "The county system " + client.get() + " may not " + method + " " + path + " (its scopes: "
                        + (scopes == null ? "none" : scopes) + ")");
    }

    private static Optional<String> client(JsonWebToken token) {
        Object id = token.getClaim("client_id");
        if (id == null) {
            id = token.getClaim("azp");
        }
        return id == null ? Optional.empty() : Optional.of(text(id));
    }

    /** A claim the token library hands over as a JSON string or as a plain one. */
    private static String text(Object claim) {
        return claim instanceof JsonString string ? string.getString() : String.valueOf(claim);
    }

    /** {@code METHOD /path}: a {@code *} segment matches any one segment, a final {@code **} anything below. */
    record Rule(String method, String[] segments) {

        static Rule parse(String scope, String text) {
            String[] parts = text.trim().split("\\s+");
            if (parts.length != 2 || !parts[1].startsWith("/")) {
                throw new IllegalStateException("scope " + scope + ": an operation is 'METHOD /path', got '" + text + "'");
            }
            return new Rule(parts[0].toUpperCase(), parts[1].split("/", -1));
        }

        boolean matches(String requestMethod, String[] path) {
            if (!method.equals(requestMethod)) {
                return false;
            }
            List<String> pattern = new ArrayList<>(Arrays.asList(segments));
            boolean rest = pattern.get(pattern.size() - 1).equals("**");
            if (rest) {
                pattern.remove(pattern.size() - 1);
                if (path.length <= pattern.size()) {
                    return false;
                }
            } else if (path.length != pattern.size()) {
                return false;
            }
            for (int i = 0; i < pattern.size(); i++) {
                String expected = pattern.get(i);
                if (expected.equals("*") ? path[i].isEmpty() : !expected.equals(path[i])) {
                    return false;
                }
            }
            return true;
        }
    }
}
