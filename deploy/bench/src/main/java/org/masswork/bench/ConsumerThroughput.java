package org.masswork.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * How fast each consuming service applies events when a backlog waits for it, as after an outage: the consumers
 * are stopped, case-service files N cases (one CaseOpened each, which cadre-, evaluation- and
 * risk-assessment-service all handle) and its relay publishes them, then each consumer is started alone in turn
 * while the others stay stopped. Its inbox (one row per event applied, committed with the effect) is counted
 * every 100 ms from its start: the rate is the events applied between the first count above zero and the count
 * reaching N, over that time. A consumer applies a poll's records in one transaction, so the count rises in steps
 * of a poll's batch (their inbox rows share the transaction's {@code now()}: the distinct times are the batches).
 */
final class ConsumerThroughput {

    private static final Duration POLL = Duration.ofMillis(100);
    private static final Duration AT_MOST = Duration.ofMinutes(10);

    /**
     * @param readySeconds   the consumer's start to ready, with the backlog waiting (it starts consuming before ready)
     * @param drainSeconds   first event applied → last event applied
     * @param fromStartSeconds the process's start → last event applied
     */
    record Drain(String service, int events, double readySeconds, double drainSeconds, double fromStartSeconds, long firstSeen,
                 long batches) {
        /** NaN when every event came in the first commit seen (one poll's batch): no rate between commits to give. */
        double perSecond() {
            return drainSeconds <= 0 ? Double.NaN : (events - firstSeen) / drainSeconds;
        }
    }

    private ConsumerThroughput() {
    }

    /**
     * @param consumers service name → its database
     * @param produce   files the backlog's cases while the consumers are stopped and returns the window they were filed in
     */
    static List<Drain> measure(StackProcesses stack, Connection caseDb, List<String[]> consumers,
                               java.util.function.Supplier<Instant[]> produce) throws Exception {
        for (String[] consumer : consumers) {
            stack.stop(consumer[0]);
        }
        Instant[] window = produce.get();
        List<UUID> events = awaitPublished(caseDb, window);
        List<Drain> drains = new ArrayList<>();
        for (String[] consumer : consumers) {
            try (Connection db = BenchDatabase.connect(consumer[1])) {
                drains.add(drain(stack, consumer[0], db, events));
            }
        }
        return drains;
    }

    /** The CaseOpened events filed in the window, once the relay has published every one of them. */
    private static List<UUID> awaitPublished(Connection caseDb, Instant[] window) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + AT_MOST.toNanos();
        while (System.nanoTime() < deadline) {
            try (PreparedStatement query = caseDb.prepareStatement("select event_id, published_at is not null from outbox_event "
                    + "where event_type = 'CaseOpened' and created_at >= ? and created_at < ?")) {
                query.setTimestamp(1, Timestamp.from(window[0]));
                query.setTimestamp(2, Timestamp.from(window[1]));
                List<UUID> ids = new ArrayList<>();
                boolean allPublished = true;
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getObject(1, UUID.class));
                        allPublished &= rows.getBoolean(2);
                    }
                }
                if (allPublished && !ids.isEmpty()) {
                    return ids;
                }
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("case-service did not publish the backlog within " + AT_MOST);
    }

    private static Drain drain(StackProcesses stack, String service, Connection db, List<UUID> events) throws Exception {
        long begun = System.nanoTime();
        long[] firstAt = {0};
        long[] first = {0};
        long[] doneAt = {0};
        Thread watcher = new Thread(() -> {
            try (PreparedStatement count = db.prepareStatement("select count(*) from inbox_event where event_id = any(?)")) {
                count.setArray(1, db.createArrayOf("uuid", events.toArray()));
                while (System.nanoTime() - begun < AT_MOST.toNanos()) {
                    long applied;
                    try (ResultSet rows = count.executeQuery()) {
                        rows.next();
                        applied = rows.getLong(1);
                    }
                    long now = System.nanoTime();
                    if (applied > 0 && firstAt[0] == 0) {
                        firstAt[0] = now;
                        first[0] = applied;
                    }
                    if (applied >= events.size()) {
                        doneAt[0] = now;
                        return;
                    }
                    Thread.sleep(POLL.toMillis());
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "drain-" + service);
        watcher.start();
        StackProcesses.Start start = stack.start(service);
        watcher.join();
        if (doneAt[0] == 0) {
            throw new IllegalStateException(service + " did not apply the " + events.size() + " events within " + AT_MOST);
        }
        long batches;
        try (PreparedStatement query = db.prepareStatement("select count(distinct processed_at) from inbox_event where event_id = any(?)")) {
            query.setArray(1, db.createArrayOf("uuid", events.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                batches = rows.getLong(1);
            }
        }
        return new Drain(service, events.size(), start.readySeconds(), (doneAt[0] - firstAt[0]) / 1e9,
                (doneAt[0] - begun) / 1e9, first[0], batches);
    }
}
