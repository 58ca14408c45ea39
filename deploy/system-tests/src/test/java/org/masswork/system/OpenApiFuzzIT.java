package org.masswork.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masswork.infra.TestTokens;

/**
 * Every operation of every service's document, as the gateway serves it, receives bad requests generated from
 * the document (see {@link FuzzCases}) with the token of a role allowed to call it: no 5xx, every error is
 * problem+json with a status the document declares, and a refused request writes nothing to the service's
 * database. Besides a random sample, each operation always gets the targeted cases ({@link FuzzCases#targeted}):
 * NUL in strings, far-future and far-past dates and integers beyond their type (a 400 naming the parameter), bad
 * percent-escapes and dot segments in the path (refused at the edge), forms that cannot be decoded, and the methods
 * its path lacks (refused; a 405 carries Allow).
 */
class OpenApiFuzzIT {

    private static final long SEED = 20260901L;
    /** Roles tried in this order; the first the operation does not refuse with 403 is used. */
    private static final List<String> ROLES = List.of("COUNTY_ADMIN", "TOWNSHIP_OFFICER", "CADRE", "STATION_LEADER",
            "INSPECTOR", "ORG_DEPT", "DECISION_OWNER", "SYSTEM", "VILLAGER");
    /** The gateway may refuse any request for its rate limit before a service sees it. */
    private static final Set<Integer> GATEWAY_STATUSES = Set.of(429);
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private static String gateway;
    private static RowCounts rowCounts;

    @BeforeAll
    static void start() {
        SystemUnderTest system = SystemUnderTest.get();
        gateway = system.url("gateway");
        rowCounts = new RowCounts(new Sql(system));
    }

    @Test
    void shouldRefuseEveryBadRequestWithADeclaredProblemAndWriteNothing() {
        List<String> findings = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        int operations = 0;
        int requests = 0;
        int targeted = 0;
        int faults = 0;
        long seed = SEED;
        boolean settled = false;
        for (Map.Entry<String, String> service : new TreeMap<>(ServiceDocuments.DATABASES).entrySet()) {
            OpenAPI document = ServiceDocuments.read(gateway, service.getKey());
            Map<String, io.swagger.v3.oas.models.media.Schema> schemas = document.getComponents().getSchemas();
            for (Map.Entry<String, PathItem> path : new TreeMap<>(document.getPaths()).entrySet()) {
                Set<String> methods = new TreeSet<>();
                path.getValue().readOperationsMap().keySet().forEach(method -> methods.add(method.name()));
                List<String> otherMethods = FuzzCases.otherMethods(methods);
                for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().readOperationsMap().entrySet()) {
                    String method = entry.getKey().name();
                    Operation operation = entry.getValue();
                    FuzzCases cases = new FuzzCases(seed++, method, path.getKey(), operation, schemas);
                    List<FuzzCases.Case> targetedCases = cases.targeted(otherMethods);
                    // The methods the path lacks: once per path, with the first of its operations.
                    otherMethods = List.of();
                    String token = allowedToken(operation, cases.baseline());
                    String where = service.getKey() + " " + method + " " + path.getKey() + " (" + operation.getOperationId() + ")";
                    if (!settled) {
                        rowCounts.awaitQuiet();
                        settled = true;
                    }
                    boolean write = WRITES.contains(method);
                    Map<String, Long> before = write ? rowCounts.of(service.getValue()) : null;
                    boolean accepted = false;
                    List<FuzzCases.Case> all = new ArrayList<>(cases.bad());
                    all.addAll(targetedCases);
                    targeted += targetedCases.size();
                    for (FuzzCases.Case c : all) {
                        Http.Response response = send(c, token);
                        requests++;
                        statuses.merge(response.status(), 1, Integer::sum);
                        faults += response.status() >= 500 ? 1 : 0;
                        accepted |= response.status() / 100 == 2;
                        String problem = check(operation, response, c.expect());
                        if (problem != null) {
                            findings.add(where + ": " + c.what() + " -> " + problem);
                        }
                    }
                    operations++;
                    settled = !accepted;
                    if (!accepted && write) {
                        Map<String, Long> after = rowCounts.of(service.getValue());
                        if (!after.equals(before)) {
                            findings.add(where + ": refused requests changed row counts " + RowCounts.changed(before, after));
                        }
                    }
                }
            }
        }
        System.out.printf("[fuzz] %d operations, %d requests (%d of them the targeted cases), statuses %s, 5xx %d, findings %d%n",
                operations, requests, targeted, statuses, faults, findings.size());
        findings.forEach(finding -> System.out.println("[fuzz] " + finding));
        assertThat(findings).as("5xx, errors that are not problem+json, undeclared statuses, writes by refused requests").isEmpty();
    }

    private static Http.Response send(FuzzCases.Case c, String token) {
        if (c.raw()) {
            byte[] body = c.bytes() != null ? c.bytes() : c.body() == null ? null : c.body().getBytes(StandardCharsets.UTF_8);
            return Http.sendRaw(c.method(), gateway, c.path(), token, c.contentType(), body, TIMEOUT);
        }
        return Http.send(c.method(), gateway + c.path(), token, c.contentType(), c.body(), TIMEOUT);
    }

    private static String check(Operation operation, Http.Response response, FuzzCases.Expect expect) {
        int status = response.status();
        if (status <= 0) {
            return "no answer within " + TIMEOUT.toSeconds() + " s (" + response.body() + ")";
        }
        if (status >= 500) {
            return status + " " + FuzzCases.abbreviate(String.valueOf(response.body()));
        }
        if (status >= 400 && !response.isProblem()) {
            return status + " with " + response.contentType() + ", not problem+json";
        }
        if (!GATEWAY_STATUSES.contains(status)) {
            String unexpected = switch (expect) {
                case NO_FAULT -> null;
                // The caller's role or scope may be refused before the parameters are read.
                case BAD_PARAMETER -> status == 400 || status == 401 || status == 403 ? null
                        : "expected 400 naming the parameter, got " + status;
                case REFUSED -> status >= 400 ? null : "accepted (" + status + ")";
                case REFUSED_PATH -> status == 400 || status == 404 ? null : "expected 400 or 404, got " + status;
                // Refused: 405 with Allow where JAX-RS finds the path's resource, 404 or 400 where another resource's
                // path matches it first.
                case METHOD_NOT_ALLOWED -> status < 400 || status >= 500 ? "expected a refusal, got " + status
                        : status == 405 && response.header("Allow") == null ? "405 without Allow" : null;
            };
            if (unexpected != null) {
                return unexpected;
            }
        }
        boolean declared = operation.getResponses() != null && (operation.getResponses().containsKey(String.valueOf(status))
                || operation.getResponses().containsKey("default"));
        if (!declared && !GATEWAY_STATUSES.contains(status)) {
            return status + " is not declared in the document";
        }
        return null;
    }

    /** The first role, with scope claims, that the operation does not refuse outright. */
    private static String allowedToken(Operation operation, FuzzCases.Case baseline) {
        String token = null;
        for (String role : ROLES) {
            String subject = "fuzz-" + operation.getOperationId() + "-" + role.toLowerCase() + "-" + UUID.randomUUID();
            token = TestTokens.token(subject, Set.of(role), Map.of("township", UUID.randomUUID().toString(),
                    "station", UUID.randomUUID().toString(), "cadre", UUID.randomUUID().toString(),
                    "villager", UUID.randomUUID().toString()));
            int status = Http.send(baseline.method(), gateway + baseline.path(), token, baseline.contentType(), baseline.body(),
                    TIMEOUT).status();
            if (status != 403) {
                return token;
            }
        }
        return token;
    }
}
