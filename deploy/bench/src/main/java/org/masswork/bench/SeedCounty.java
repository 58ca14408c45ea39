package org.masswork.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Seeds the running local stack with a county of the real size: runs {@code deploy/seed/<service>.sql}
 * against each service's database, in an order where every service first has the events it needs
 * from the services before it. Each script is idempotent, so running this twice changes nothing. The personal
 * data the scripts store is encrypted here first, with the local stack's key ({@link SeedPersonalData}).
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
            new Step("case-service", "cases", "select count(*) from known_station", 590));

    private SeedCounty() {
    }

    public static void main(String[] args) throws Exception {
        Path root = BenchTokens.root();
        long started = System.nanoTime();
        for (Step step : STEPS) {
            Path script = root.resolve("deploy/seed").resolve(step.service() + ".sql");
            if (!Files.isRegularFile(script)) {
                System.out.printf("[%5.1fs] %s: no seed script, skipped%n", seconds(started), step.service());
                continue;
            }
            try (Connection db = BenchDatabase.connect(step.database())) {
                if (step.awaitQuery() != null) {
                    awaitEvents(db, step, started);
                }
                System.out.printf("[%5.1fs] %s: seeding%n", seconds(started), step.service());
                SeedPersonalData.prepare(db, root.resolve(".local/keys"));
                run(db, script);
                System.out.printf("[%5.1fs] %s: done%n", seconds(started), step.service());
            }
        }
        System.out.printf("[%5.1fs] county seeded; events are being published by each service's outbox relay%n", seconds(started));
    }

    private static void run(Connection db, Path script) throws IOException, SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute(Files.readString(script));
            for (SQLWarning notice = statement.getWarnings(); notice != null; notice = notice.getNextWarning()) {
                System.out.println("         " + notice.getMessage());
            }
        }
    }

    private static void awaitEvents(Connection db, Step step, long started) throws SQLException, InterruptedException {
        Instant deadline = Instant.now().plus(EVENT_WAIT);
        long seen;
        while ((seen = BenchDatabase.count(db, step.awaitQuery())) < step.awaitAtLeast()) {
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
