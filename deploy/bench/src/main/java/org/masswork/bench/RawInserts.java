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
 * The database's own limit for what filing a case stores: single-row inserts, each its own
 * transaction, of rows shaped and sized like case-service's {@code case_file} rows (a copy of a real
 * row with a new id) into a scratch table on the same server, by the same number of clients for the
 * same time. The scratch table has the same columns and defaults and a primary key; it is dropped after.
 */
final class RawInserts {

    private RawInserts() {
    }

    /** @param database the service's database holding {@code case_file} */
    static LoadRunner.Result run(String database, int concurrency, Duration duration) throws Exception {
        try (Connection admin = BenchDatabase.connect(database);
             Statement ddl = admin.createStatement()) {
            ddl.execute("drop table if exists bench_raw_case");
            ddl.execute("create table bench_raw_case (like case_file including defaults)");
            ddl.execute("alter table bench_raw_case add primary key (id)");
            try {
                List<Object> row = sampleRow(admin);
                String insert = "insert into bench_raw_case values (" + "?,".repeat(row.size() - 1) + "?)";
                return measure(database, concurrency, duration, insert, row);
            } finally {
                ddl.execute("drop table bench_raw_case");
            }
        }
    }

    /** A recent case_file row, column by column; the first column is the id. */
    private static List<Object> sampleRow(Connection db) throws SQLException {
        try (Statement query = db.createStatement();
             ResultSet rows = query.executeQuery("select * from case_file order by received_at desc limit 1")) {
            if (!rows.next()) {
                throw new IllegalStateException("case_file is empty: seed the county first (deploy/seed.sh)");
            }
            ResultSetMetaData columns = rows.getMetaData();
            if (!"id".equals(columns.getColumnName(1))) {
                throw new IllegalStateException("case_file's first column is not its id");
            }
            List<Object> values = new ArrayList<>();
            for (int i = 1; i <= columns.getColumnCount(); i++) {
                values.add(rows.getObject(i));
            }
            return values;
        }
    }

    private static LoadRunner.Result measure(String database, int concurrency, Duration duration, String insert,
                                             List<Object> row) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
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
            return LoadRunner.Result.of("raw insert of a case_file row (JDBC)", concurrency, latencies,
                    (System.nanoTime() - started) / 1e9);
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
