package org.masswork.system;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;

/** Asks the readiness of some processes every 200 ms during a drill and keeps every answer, per process. */
final class ReadinessWatch {

    private final Map<String, List<Integer>> answers = new LinkedHashMap<>();
    private final AtomicBoolean watching = new AtomicBoolean(true);
    private final Thread thread;

    /** @param urls each process's management interface (where /q/health is), by name */
    private ReadinessWatch(Map<String, String> urls) {
        urls.keySet().forEach(name -> answers.put(name, new ArrayList<>()));
        thread = new Thread(() -> {
            while (watching.get()) {
                urls.forEach((name, url) -> {
                    int status = Http.get(url + "/q/health/ready", null).status();
                    synchronized (answers) {
                        answers.get(name).add(status);
                    }
                });
                WriteLoad.sleep(200);
            }
        }, "readiness-watch");
        thread.setDaemon(true);
        thread.start();
    }

    static ReadinessWatch start(Map<String, String> urls) {
        return new ReadinessWatch(urls);
    }

    /** Stops asking and waits for the last round of answers. */
    ReadinessWatch stop() {
        watching.set(false);
        try {
            thread.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** How often each status was answered, per process. */
    Map<String, Map<Integer, Integer>> counts() {
        Map<String, Map<Integer, Integer>> counts = new LinkedHashMap<>();
        synchronized (answers) {
            answers.forEach((name, statuses) -> {
                Map<Integer, Integer> byStatus = new TreeMap<>();
                statuses.forEach(status -> byStatus.merge(status, 1, Integer::sum));
                counts.put(name, byStatus);
            });
        }
        return counts;
    }

    /** The last answer of a process. */
    int last(String name) {
        synchronized (answers) {
            List<Integer> statuses = answers.get(name);
            return statuses.get(statuses.size() - 1);
        }
    }
}
