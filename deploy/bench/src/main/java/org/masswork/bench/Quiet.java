package org.masswork.bench;

import java.sql.Connection;
import java.time.Duration;
import java.util.List;

/**
 * Waits until the system has nothing left to do with earlier events (e.g. the seed's): every outbox
 * published and every inbox unchanged for a while, so a measurement starts from rest.
 */
final class Quiet {

    private static final Duration STILL_FOR = Duration.ofSeconds(5);
    private static final Duration AT_MOST = Duration.ofMinutes(10);

    private Quiet() {
    }

    static void await(List<Connection> databases) throws Exception {
        long started = System.nanoTime();
        long deadline = started + AT_MOST.toNanos();
        long previousApplied = -1;
        long stillSince = System.nanoTime();
        while (System.nanoTime() < deadline) {
            long pending = 0;
            long applied = 0;
            for (Connection db : databases) {
                pending += BenchDatabase.count(db, "select count(*) from outbox_event where published_at is null");
                applied += BenchDatabase.count(db, "select count(*) from inbox_event");
            }
            if (pending > 0 || applied != previousApplied) {
                stillSince = System.nanoTime();
                System.out.printf("waiting for earlier events: %d unpublished, %d applied so far%n", pending, applied);
            } else if (System.nanoTime() - stillSince >= STILL_FOR.toNanos()) {
                System.out.printf("at rest after %.0f s%n", (System.nanoTime() - started) / 1e9);
                return;
            }
            previousApplied = applied;
            Thread.sleep(1000);
        }
        throw new IllegalStateException("the system did not come to rest within " + AT_MOST.toMinutes() + " minutes");
    }
}
