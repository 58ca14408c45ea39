package org.masswork.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The database's own limit for what an operation stores: single-row inserts, each its own transaction
 * (autocommit: one round trip), of rows shaped and sized like the operation's main row (a copy of a real
 * {@code case_file}, {@code check_in} or {@code visit} row with a new id) into a scratch table on the same
 * server, by the same number of clients for the same time. The scratch table has the same columns and
 * defaults and a primary key; it is dropped after.
 */
final class RawInserts {

    private RawInserts() {
    }

    /** @param database the service's database holding {@code table}, whose first column is its id */
    static LoadRunner.Result run(String database, String table, int concurrency, Duration duration, LoadRunner.Window window)
            throws Exception {
        String scratch = "bench_raw_" + table;
        try (Connection admin = BenchDatabase.connect(database);
             Statement ddl = admin.createStatement()) {
            ddl.execute("drop table if exists " + scratch);
            ddl.execute("create table " + scratch + " (like " + table + " including defaults)");
            ddl.execute("alter table " + scratch + " add primary key (id)");
            try {
                List<Object> row = sampleRow(admin, table);
                String insert = "insert into " + scratch + " values (" + "?,".repeat(row.size() - 1) + "?)";
                return measure(database, "raw insert of a " + table + " row (JDBC)", concurrency, duration, insert, row, window);
            } finally {
                ddl.execute("drop table " + scratch);
            }
        }
    }

    /** A recent row of the table, column by column; the first column is the id. */
    private static List<Object> sampleRow(Connection db, String table) throws SQLException {
        try (Statement query = db.createStatement();
             ResultSet rows = query.executeQuery("select * from " + table + " order by received_at desc limit 1")) {
            if (!rows.next()) {
                throw new IllegalStateException(table + " is empty: seed the county first (deploy/seed.sh)");
            }
            ResultSetMetaData columns = rows.getMetaData();
            if (!"id".equals(columns.getColumnName(1))) {
                throw new IllegalStateException(table + "'s first column is not its id");
            }
            List<Object> values = new ArrayList<>();
            for (int i = 1; i <= columns.getColumnCount(); i++) {
                values.add(rows.getObject(i));
            }
            return values;
        }
    }

    private static LoadRunner.Result measure(String database, String name, int concurrency, Duration duration, String insert,
                                             List<Object> row, LoadRunner.Window window) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            window.opened();
            long started = System.nanoTime();
            long deadline = started + duration.toNanos();
            List<Future<long[]>> workers = new ArrayList<>();
            for (int i = 0; i < concurrency; i++) {
                workers.add(pool.submit(() -> insertUntil(database, insert, row, deadline)));
            }
            List<long[]> latencies = new ArrayList<>();
            for (Future<long[]> worker : workers) {
                latencies.add(worker.get());
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            window.closed();
            return LoadRunner.Result.of(name, concurrency, latencies, seconds);
        } finally {
            pool.shutdownNow();
        }
    }

    private static long[] insertUntil(String database, String insert, List<Object> row, long deadline) throws SQLException {
        long[] latencies = new long[1024];
        int count = 0;
        try (Connection db = BenchDatabase.connect(database);
             PreparedStatement statement = db.prepareStatement(insert)) {
            for (int i = 1; i < row.size(); i++) {
                statement.setObject(i + 1, row.get(i));
            }
            while (System.nanoTime() < deadline) {
                statement.setObject(1, UUID.randomUUID());
                long start = System.nanoTime();
                statement.executeUpdate();
                if (count == latencies.length) {
                    latencies = Arrays.copyOf(latencies, count * 2);
                }
                latencies[count++] = System.nanoTime() - start;
            }
        }
        return Arrays.copyOf(latencies, count);
    }
}
