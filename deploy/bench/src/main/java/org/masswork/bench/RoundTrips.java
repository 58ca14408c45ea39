package org.masswork.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The statements one operation sends to its service's database, from PostgreSQL's pg_stat_statements (loaded by
 * the local stack): the statistics of that database are reset, exactly N requests of one kind go through the
 * gateway, and each statement's calls are read and divided by N. The same is then done with no request for as
 * long, so what runs anyway (the outbox relay's polling, scheduled jobs) shows as such; a job that runs only every
 * minute or so is waited for before the window instead ({@link #SELDOM_JOBS}).
 *
 * <p>Counting round trips: the services' JDBC connections run with autocommit off, so the driver sends
 * {@code BEGIN} in the same network write as a transaction's first statement (no round trip of its own); every
 * statement then waits for its answer (one round trip each: the services use no JDBC batching), and the
 * {@code COMMIT} is one more. Round trips per request = the request's statements per request + 1 for its commit.
 * Statements of the outbox relay (woken by each commit that wrote an event, in transactions of its own, off the
 * request's path), of the event consumers, of the figures' folds and of anything that also ran in the idle window are
 * listed apart and not counted.
 */
final class RoundTrips {

    /** The event backbone's own statements: they run after the request's commit, in other transactions. */
    private static final Pattern BACKGROUND = Pattern.compile(
            "outbox_relay_lease|update outbox_event|from outbox_event|inbox_event|parked_event|pg_stat_statements",
            Pattern.CASE_INSENSITIVE);
    /**
     * The figures' folds (case-service's and cadre-service's, every 2 s while there is something to fold): they fold the
     * deltas the writes appended, in transactions of their own after the commit. Idle, they find nothing and run no
     * statement, so the idle window cannot tell them apart.
     */
    private static final Pattern FOLDS = Pattern.compile("_figures_fold\\(", Pattern.CASE_INSENSITIVE);
    /** What the driver sends as it opens a connection: the pool's, once per connection, not any request's. */
    private static final Pattern CONNECTION_SETUP = Pattern.compile("^\\s*SET application_name", Pattern.CASE_INSENSITIVE);
    /**
     * Scheduled jobs that run too seldom for the idle window to catch them, and whose statements would count as the
     * request's if one ran in the window: case-service's overdue scan, every minute, marks up to 500 passed deadlines,
     * each in a transaction of its own. A window on such a database starts once the job has run and finished.
     */
    private static final Map<String, Job> SELDOM_JOBS = Map.of("cases",
            new Job("from case_deadline cd1_0 where cd1_0.met_at is null", "update case_file set overdue", Duration.ofMinutes(1)));
    private static final Pattern TRANSACTION_CONTROL = Pattern.compile("^\\s*(begin|commit|rollback|start transaction)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * @param calls     in the window of the N requests
     * @param idleCalls in a window as long without requests
     * @param kind      "request", "transaction control" or why it is not the request's
     */
    record Row(String query, long calls, long idleCalls, double meanMillis, String kind) {
        boolean counted() {
            return "request".equals(kind);
        }
    }

    /** @param failed requests not answered 2xx (their statements are still in the counts) */
    record Result(String operation, String database, int requests, long failed, double seconds, List<Row> rows) {

        double statementsPerRequest() {
            return rows.stream().filter(Row::counted).mapToLong(Row::calls).sum() / (double) requests;
        }

        /** The request's statements plus its commit. */
        double roundTripsPerRequest() {
            return statementsPerRequest() + 1;
        }

        /**
         * The request's own transactions: every {@code BEGIN} in the window less one per statement of the background
         * (the outbox relay runs each of its statements in a transaction of its own, as do the health and metrics
         * queries). pg_stat_statements does not list the driver's {@code COMMIT}s, so this checks the "+ 1".
         */
        double transactionsPerRequest() {
            long begins = rows.stream().filter(row -> row.query().trim().toLowerCase().startsWith("begin")).mapToLong(Row::calls).sum();
            long background = rows.stream().filter(row -> !row.counted() && !row.kind().equals("transaction control"))
                    .mapToLong(Row::calls).sum();
            return (begins - background) / (double) requests;
        }
    }

    /** @param scan a statement the job runs first, once per run; {@code last} one it runs for each thing it does */
    private record Job(String scan, String last, Duration every) {
    }

    private RoundTrips() {
    }

    /** pg_stat_statements must have been preloaded by the server (the local stack does); the view lives in database postgres. */
    static void enable() throws SQLException {
        try (Connection db = BenchDatabase.connect("postgres"); Statement statement = db.createStatement()) {
            try (ResultSet preload = statement.executeQuery("show shared_preload_libraries")) {
                preload.next();
                if (!preload.getString(1).contains("pg_stat_statements")) {
                    throw new IllegalStateException("PostgreSQL runs without pg_stat_statements: restart the local stack "
                            + "(deploy/run-local.sh loads it) to count statements");
                }
            }
            statement.execute("create extension if not exists pg_stat_statements");
        }
    }

    /**
     * @param run sends exactly {@code requests} requests, all through the gateway, and returns how many failed
     */
    static Result measure(String operation, String database, int requests, java.util.function.IntToLongFunction run)
            throws Exception {
        try (Connection db = BenchDatabase.connect("postgres")) {
            long oid = BenchDatabase.count(db, "select oid from pg_database where datname = '" + database + "'");
            Job job = SELDOM_JOBS.get(database);
            if (job != null) {
                awaitRunAndEnd(db, oid, job);
            }
            reset(db, oid);
            long started = System.nanoTime();
            long failed = run.applyAsLong(requests);
            double seconds = (System.nanoTime() - started) / 1e9;
            Map<String, double[]> loaded = read(db, oid);
            reset(db, oid);
            Thread.sleep(Duration.ofMillis(Math.max(2000, (long) (seconds * 1000))).toMillis());
            Map<String, double[]> idle = read(db, oid);
            List<Row> rows = new ArrayList<>();
            loaded.forEach((query, figures) -> {
                long calls = (long) figures[0];
                long idleCalls = (long) idle.getOrDefault(query, new double[] {0, 0})[0];
                rows.add(new Row(query, calls, idleCalls, figures[1], kind(query, calls, idleCalls)));
            });
            rows.sort((a, b) -> a.counted() != b.counted() ? (a.counted() ? -1 : 1) : Long.compare(b.calls(), a.calls()));
            return new Result(operation, database, requests, failed, seconds, rows);
        }
    }

    private static void awaitRunAndEnd(Connection db, long oid, Job job) throws SQLException, InterruptedException {
        long scans = calls(db, oid, job.scan());
        long deadline = System.nanoTime() + job.every().plusSeconds(15).toNanos();
        while (calls(db, oid, job.scan()) == scans && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        long done = -1;
        long now = calls(db, oid, job.last());
        while (now != done) {
            done = now;
            Thread.sleep(1000);
            now = calls(db, oid, job.last());
        }
    }

    private static long calls(Connection db, long oid, String statement) throws SQLException {
        try (PreparedStatement calls = db.prepareStatement(
                "select coalesce(sum(calls), 0) from pg_stat_statements where dbid = ?::oid and query ilike ?")) {
            calls.setLong(1, oid);
            calls.setString(2, "%" + statement + "%");
            try (ResultSet rows = calls.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static String kind(String query, long calls, long idleCalls) {
        if (TRANSACTION_CONTROL.matcher(query).find()) {
            return "transaction control";
        }
        if (BACKGROUND.matcher(query).find()) {
            return "event backbone (outbox relay, consumer), after the commit";
        }
        if (CONNECTION_SETUP.matcher(query).find()) {
            return "connection setup, once per connection the pool opens";
        }
        if (FOLDS.matcher(query).find()) {
            return "figures' fold, a scheduled job, after the commit";
        }
        if (idleCalls > 0 && idleCalls * 2 >= calls) {
            return "runs idle too";
        }
        return "request";
    }

    private static void reset(Connection db, long oid) throws SQLException {
        try (PreparedStatement reset = db.prepareStatement("select pg_stat_statements_reset(0, ?::oid, 0)")) {
            reset.setLong(1, oid);
            reset.execute();
        }
    }

    /** calls and mean time per statement text, summed over users (queryid differs per user, the text does not). */
    private static Map<String, double[]> read(Connection db, long oid) throws SQLException {
        Map<String, double[]> figures = new HashMap<>();
        try (PreparedStatement query = db.prepareStatement(
                "select query, calls, mean_exec_time from pg_stat_statements where dbid = ?::oid")) {
            query.setLong(1, oid);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    double[] sum = figures.computeIfAbsent(rows.getString(1), q -> new double[2]);
                    double calls = rows.getLong(2);
                    sum[1] = (sum[1] * sum[0] + rows.getDouble(3) * calls) / Math.max(1, sum[0] + calls);
                    sum[0] += calls;
                }
            }
        }
        return figures;
    }

    /** A statement's text on one line, cut to {@code length} characters. */
    static String shorten(String query, int length) {
        String oneLine = query.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= length ? oneLine : oneLine.substring(0, length - 1) + "…";
    }
}
