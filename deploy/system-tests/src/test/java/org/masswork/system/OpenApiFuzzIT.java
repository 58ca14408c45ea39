package org.masswork.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masswork.infra.Await;
import org.masswork.infra.TestTokens;

/**
 * Every operation of every service's document, as the gateway serves it, receives bad requests generated from
 * the document (see {@link FuzzCases}) with the token of a role allowed to call it: no 5xx, every error is
 * problem+json with a status the document declares, and a refused request writes nothing to the service's
 * database.
 */
class OpenApiFuzzIT {

    private static final long SEED = 20260901L;
    private static final Map<String, String> DATABASES = Map.of("cadre", "cadre", "case", "cases", "evaluation", "evaluation",
            "risk", "risk");
    /** Roles tried in this order; the first the operation does not refuse with 403 is used. */
    private static final List<String> ROLES = List.of("COUNTY_ADMIN", "TOWNSHIP_OFFICER", "CADRE", "STATION_LEADER",
            "INSPECTOR", "ORG_DEPT", "DECISION_OWNER", "SYSTEM", "VILLAGER");
    /** The gateway may refuse any request for its rate limit before a service sees it. */
    private static final Set<Integer> GATEWAY_STATUSES = Set.of(429);
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    /** By database: one query counting the rows of each of its tables, built from its schema once. */
    private static final Map<String, String> COUNT_QUERIES = new HashMap<>();

    private static SystemUnderTest system;
    private static String gateway;
    private static Sql sql;

    @BeforeAll
    static void start() {
        system = SystemUnderTest.get();
        gateway = system.url("gateway");
        sql = new Sql(system);
    }

    @Test
    void shouldRefuseEveryBadRequestWithADeclaredProblemAndWriteNothing() {
        List<String> findings = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        int operations = 0;
        int requests = 0;
        long seed = SEED;
        boolean settled = false;
        for (Map.Entry<String, String> service : new TreeMap<>(DATABASES).entrySet()) {
            OpenAPI document = document(service.getKey());
            Map<String, io.swagger.v3.oas.models.media.Schema> schemas = document.getComponents().getSchemas();
            for (Map.Entry<String, PathItem> path : new TreeMap<>(document.getPaths()).entrySet()) {
                for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().readOperationsMap().entrySet()) {
                    String method = entry.getKey().name();
                    Operation operation = entry.getValue();
                    FuzzCases cases = new FuzzCases(seed++, method, path.getKey(), operation, schemas);
                    String token = allowedToken(operation, cases.baseline());
                    String where = service.getKey() + " " + method + " " + path.getKey() + " (" + operation.getOperationId() + ")";
                    if (!settled) {
                        awaitQuiet();
                        settled = true;
                    }
                    boolean write = WRITES.contains(method);
                    Map<String, Long> before = write ? rowCounts(service.getValue()) : null;
                    boolean accepted = false;
                    for (FuzzCases.Case c : cases.bad()) {
                        Http.Response response = Http.send(method, gateway + c.path(), token, c.contentType(), c.body(), TIMEOUT);
                        requests++;
                        statuses.merge(response.status(), 1, Integer::sum);
                        accepted |= response.status() / 100 == 2;
                        String problem = check(operation, response);
                        if (problem != null) {
                            findings.add(where + ": " + c.what() + " -> " + problem);
                        }
                    }
                    operations++;
                    settled = !accepted;
                    if (!accepted && write) {
                        Map<String, Long> after = rowCounts(service.getValue());
                        if (!after.equals(before)) {
                            findings.add(where + ": refused requests changed row counts " + changed(before, after));
                        }
                    }
                }
            }
        }
        System.out.printf("[fuzz] %d operations, %d requests, statuses %s, findings %d%n", operations, requests, statuses,
                findings.size());
        findings.forEach(finding -> System.out.println("[fuzz] " + finding));
        assertThat(findings).as("5xx, errors that are not problem+json, undeclared statuses, writes by refused requests").isEmpty();
    }

    private static String check(Operation operation, Http.Response response) {
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

    private static OpenAPI document(String service) {
        String json = Http.get(gateway + "/openapi/" + service, null).body();
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        var result = new OpenAPIV3Parser().readContents(json, null, options);
        assertThat(result.getOpenAPI()).as("%s's document: %s", service, result.getMessages()).isNotNull();
        return result.getOpenAPI();
    }

    /** Row counts of every table but the inbox (events from earlier tests may still be arriving). */
    private static Map<String, Long> rowCounts(String database) {
        Map<String, Long> counts = new LinkedHashMap<>();
        sql.strings(database, COUNT_QUERIES.computeIfAbsent(database, OpenApiFuzzIT::countQuery)).forEach(row -> {
            String[] parts = row.split("=");
            counts.put(parts[0], Long.parseLong(parts[1]));
        });
        return counts;
    }

    private static String countQuery(String database) {
        List<String> tables = sql.strings(database, "select table_name from information_schema.tables "
                + "where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> 'inbox_event' order by 1");
        return String.join(" union all ", tables.stream()
                .map(table -> "select '" + table + "' || '=' || count(*) from \"" + table + "\"").toList());
    }

    private static Map<String, String> changed(Map<String, Long> before, Map<String, Long> after) {
        Map<String, String> changed = new TreeMap<>();
        after.forEach((table, count) -> {
            if (!count.equals(before.get(table))) {
                changed.put(table, before.get(table) + " -> " + count);
            }
        });
        return changed;
    }

    /**
     * Until no service has events left to publish and the consumers have stopped applying them, so row counts
     * move only by what the fuzzed requests do.
     */
    private static void awaitQuiet() {
        Await.until("every outbox published and consumed", Duration.ofSeconds(60), () -> {
            boolean published = DATABASES.values().stream()
                    .allMatch(db -> sql.count(db, "select count(*) from outbox_event where published_at is null") == 0);
            long inboxes = inboxRows();
            WriteLoad.sleep(500);
            return published && inboxRows() == inboxes;
        });
    }

    private static long inboxRows() {
        return DATABASES.values().stream().mapToLong(db -> sql.count(db, "select count(*) from inbox_event")).sum();
    }
}
