package org.masswork.cadre;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Sends requests that insert into one table so that they truly race: the table is held under a SHARE lock (reads go
 * on, inserts wait) until every request waits at its insert, then all of them go at once. Whatever a request checks
 * before its insert, it checks before the others' rows exist.
 */
public final class RacingWrites {

    private static final Duration WAITING_AT_MOST = Duration.ofSeconds(30);

    private RacingWrites() {
    }

    public static List<Response> race(DataSource database, String table, List<Supplier<Response>> requests) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(requests.size());
        try (Connection lock = database.getConnection()) {
            lock.setAutoCommit(false);
            List<Future<Response>> sent = new ArrayList<>();
            try (Statement statement = lock.createStatement()) {
                statement.execute("lock table " + table + " in share mode");
                for (Supplier<Response> request : requests) {
                    sent.add(threads.submit(request::get));
                }
                awaitWaiting(database, requests.size(), sent);
            } finally {
                lock.rollback();
            }
            List<Response> answers = new ArrayList<>();
            for (Future<Response> answer : sent) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            threads.shutdownNow();
        }
    }

    private static void awaitWaiting(DataSource database, int count, List<Future<Response>> sent) throws Exception {
        long until = System.nanoTime() + WAITING_AT_MOST.toNanos();
        while (waitingOnALock(database) < count) {
            for (Future<Response> answer : sent) {
                assertThat(answer.isDone()).as("a request answered before it reached its insert: %s",
                        answer.isDone() ? answer.get().asString() : "").isFalse();
            }
            assertThat(System.nanoTime()).as("%d requests waiting at their insert", count).isLessThan(until);
            Thread.sleep(20);
        }
    }

    private static int waitingOnALock(DataSource database) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement query = connection.prepareStatement("""
                     select count(*) from pg_stat_activity
                     where datname = current_database() and wait_event_type = 'Lock' and pid <> pg_backend_pid()""");
             ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
