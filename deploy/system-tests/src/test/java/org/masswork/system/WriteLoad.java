package org.masswork.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Writers sending one kind of write in a loop, each at a modest pace, until stopped: what was sent, what was
 * acknowledged (2xx, with the id the service gave) and every other outcome by status.
 */
final class WriteLoad {

    /** What one write came to: its status and, when acknowledged, the id of what it created. */
    record Outcome(Http.Response response, String id) {
    }

    private static final long PAUSE_MILLIS = 50;

    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger errorsNotProblems = new AtomicInteger();
    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    private final Map<Integer, String> sampleBodies = new ConcurrentHashMap<>();
    private final List<Thread> threads = new ArrayList<>();

    /** @param write the write of one writer (given its number), called again and again */
    static WriteLoad start(int writers, IntFunction<Outcome> write) {
        WriteLoad load = new WriteLoad();
        for (int i = 0; i < writers; i++) {
            int writer = i;
            Thread thread = new Thread(() -> load.run(() -> write.apply(writer)), "write-load-" + i);
            thread.setDaemon(true);
            load.threads.add(thread);
            thread.start();
        }
        return load;
    }

    private void run(java.util.function.Supplier<Outcome> write) {
        while (running.get()) {
            sent.incrementAndGet();
            Outcome outcome = write.get();
            int status = outcome.response().status();
            statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
            sampleBodies.putIfAbsent(status, String.valueOf(outcome.response().contentType()) + " " + outcome.response().body());
            if (status / 100 == 2) {
                acknowledged.add(outcome.id());
            } else if (!outcome.response().isProblem()) {
                errorsNotProblems.incrementAndGet();
            }
            sleep(PAUSE_MILLIS);
        }
    }

    /** Stops the writers and waits for their last requests to end. */
    WriteLoad stop() {
        running.set(false);
        for (Thread thread : threads) {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return this;
    }

    int sent() {
        return sent.get();
    }

    /** Refusals that were not application/problem+json, timeouts and lost connections included. */
    int errorsNotProblems() {
        return errorsNotProblems.get();
    }

    Set<String> acknowledged() {
        return Set.copyOf(acknowledged);
    }

    /** How many writes ended with each status (0: timed out, -1: no connection). */
    Map<Integer, Integer> statuses() {
        Map<Integer, Integer> counts = new TreeMap<>();
        statuses.forEach((status, count) -> counts.put(status, count.get()));
        return counts;
    }

    /** The first response seen of each status, to show in a failure. */
    Map<Integer, String> samples() {
        return new TreeMap<>(sampleBodies);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
