package org.masswork.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.masswork.infra.TestTokens;

/**
 * Seeds the running local stack with counties of the real size: runs {@code deploy/seed/<service>.sql}
 * against each service's database, in an order where every service first has the events it needs
 * from the services before it. Each script is idempotent, so running this twice changes nothing. The personal
 * data the scripts store is encrypted here first, with the local stack's key ({@link SeedPersonalData}).
 *
 * <p>{@code deploy/seed.sh [counties]} seeds the default county and, for a province, {@code counties - 1} more
 * ({@code seed-2}, {@code seed-3}, …), each registered through cadre-service's API by the province's admin. A script
 * sees its county as {@code {{county}}} and a prefix for its ids as {@code {{prefix}}} (empty for the default county,
 * so its ids are those seeded before counties existed).
 */
public final class SeedCounty {

    private static final Duration EVENT_WAIT = Duration.ofMinutes(5);

    /**
     * @param awaitQuery run on the service's own database before its script; it must reach
     *                   {@code awaitAtLeast} (the events from earlier services have arrived)
     */
    record Step(String service, String database, String awaitQuery, long awaitAtLeast) {
    }

    private static final List<Step> STEPS = List.of(
            new Step("cadre-service", "cadre", null, 0),
            new Step("case-service", "cases", "select count(*) from known_station where county_id = '{{county}}'", 590));

    /** A county to seed: its id and the prefix of its seeded ids. */
    record SeededCounty(UUID id, String prefix) {

        String fill(String text) {
            return text.replace("{{county}}", id.toString()).replace("{{prefix}}", prefix);
        }
    }

    private SeedCounty() {
    }

    public static void main(String[] args) throws Exception {
        int counties = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        List<SeededCounty> seeded = new ArrayList<>(List.of(new SeededCounty(TestTokens.DEFAULT_COUNTY, "")));
        for (int n = 2; n <= counties; n++) {
            seeded.add(new SeededCounty(registered("seed-" + n, "第" + n + "县"), "seed-" + n + "-"));
        }
        for (SeededCounty county : seeded) {
            seed(county);
        }
    }

    /** The county of this code, registered by the province's admin unless it is already. */
    private static UUID registered(String code, String name) {
        BenchApi cadre = new BenchApi("MASSWORK_CADRE_PORT", 8081, BenchTokens.token("PROVINCE_ADMIN", Map.of()));
        for (JsonNode county : cadre.items("/api/v1/counties", 10_000)) {
            if (code.equals(county.path("code").asText())) {
                return UUID.fromString(county.path("id").asText());
            }
        }
        String body = "{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"zone\":\"Asia/Shanghai\"}";
        return UUID.fromString(cadre.send(cadre.post("/api/v1/counties", body), 201).path("id").asText());
    }

    private static void seed(SeededCounty county) throws Exception {
        Path root = BenchTokens.root();
        long started = System.nanoTime();
        System.out.printf("county %s%n", county.id());
        for (Step step : STEPS) {
            Path script = root.resolve("deploy/seed").resolve(step.service() + ".sql");
            if (!Files.isRegularFile(script)) {
                System.out.printf("[%5.1fs] %s: no seed script, skipped%n", seconds(started), step.service());
                continue;
            }
            try (Connection db = BenchDatabase.connect(step.database())) {
                if (step.awaitQuery() != null) {
                    awaitEvents(db, county.fill(step.awaitQuery()), step, started);
                }
                System.out.printf("[%5.1fs] %s: seeding%n", seconds(started), step.service());
                SeedPersonalData.prepare(db, root.resolve(".local/keys"));
                run(db, county.fill(Files.readString(script)));
                System.out.printf("[%5.1fs] %s: done%n", seconds(started), step.service());
            }
        }
        System.out.printf("[%5.1fs] county %s seeded; events are being published by each service's outbox relay%n",
                seconds(started), county.id());
    }

    private static void run(Connection db, String script) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute(script);
            for (SQLWarning notice = statement.getWarnings(); notice != null; notice = notice.getNextWarning()) {
                System.out.println("         " + notice.getMessage());
            }
        }
    }

    private static void awaitEvents(Connection db, String query, Step step, long started) throws SQLException, InterruptedException {
        Instant deadline = Instant.now().plus(EVENT_WAIT);
        long seen;
        while ((seen = BenchDatabase.count(db, query)) < step.awaitAtLeast()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(step.service() + " received " + seen + " of " + step.awaitAtLeast()
                        + " expected records within " + EVENT_WAIT + "; is the stack running?");
            }
            System.out.printf("[%5.1fs] %s: waiting for events (%d of %d)%n", seconds(started), step.service(), seen, step.awaitAtLeast());
            Thread.sleep(2_000);
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
