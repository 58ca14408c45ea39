package org.masswork.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;

/**
 * A burst, not a steady load: a fixed set of scripts (what one user does in turn, e.g. check in, then
 * record two visits) is worked off once by {@code concurrency} workers as fast as the system answers.
 * Every request's start and latency is kept, so the burst can be drawn over time.
 */
public final class BurstRunner {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One request of a script; {@code next} builds it from the previous step's answer (null for the first). */
    public record Step(String operation, Function<JsonNode, HttpRequest> next) {
    }

    /** One request as it went: start relative to the burst's start, latency, HTTP status (0 = no answer). */
    public record Sample(String operation, long startNanos, long latencyNanos, int status) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    /** Everything the burst did; {@code abandoned} counts steps never sent because an earlier step of their script failed. */
    public record Burst(List<Sample> samples, double seconds, long abandoned) {
    }

    private BurstRunner() {
    }

    /** The samples' figures as LoadRunner reports them (it keeps a failed request's latency negative). */
    static LoadRunner.Result result(String name, int concurrency, List<Sample> samples, double seconds) {
        long[] latencies = samples.stream().mapToLong(sample -> sample.ok() ? sample.latencyNanos() : -sample.latencyNanos()).toArray();
        return LoadRunner.Result.of(name, concurrency, List.of(latencies), seconds);
    }

    /** The failed requests counted by operation and status, e.g. {@code {check-in → 504=11}}; empty when none failed. */
    static Map<String, Long> failures(List<Sample> samples) {
        Map<String, Long> failures = new TreeMap<>();
        samples.stream().filter(sample -> !sample.ok())
                .forEach(sample -> failures.merge(sample.operation() + " → " + (sample.status() == 0 ? "no answer" : sample.status()), 1L, Long::sum));
        return failures;
    }

    public static Burst run(List<List<Step>> scripts, int concurrency) {
        Queue<List<Step>> queue = new ConcurrentLinkedQueue<>(scripts);
        List<Sample> samples = Collections.synchronizedList(new ArrayList<>());
        long[] abandoned = new long[concurrency];
        long started = System.nanoTime();
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            int worker = i;
            Thread thread = new Thread(() -> abandoned[worker] = work(queue, samples, started), "burst-" + i);
            workers.add(thread);
            thread.start();
        }
        for (Thread worker : workers) {
            try {
                worker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long notSent = 0;
        for (long count : abandoned) {
            notSent += count;
        }
        return new Burst(List.copyOf(samples), seconds, notSent);
    }

    private static long work(Queue<List<Step>> queue, List<Sample> samples, long started) {
        long abandoned = 0;
        for (List<Step> script = queue.poll(); script != null; script = queue.poll()) {
            JsonNode previous = null;
            for (int i = 0; i < script.size(); i++) {
                Step step = script.get(i);
                HttpRequest request = step.next().apply(previous);
                long start = System.nanoTime();
                BlockingHttp.Answer response = send(request);
                long latency = System.nanoTime() - start;
                int status = response == null ? 0 : response.status();
                samples.add(new Sample(step.operation(), start - started, latency, status));
                if (status < 200 || status >= 300) {
                    abandoned += script.size() - i - 1;
                    break;
                }
                previous = parse(response.text());
            }
        }
        return abandoned;
    }

    private static BlockingHttp.Answer send(HttpRequest request) {
        try {
            return BlockingHttp.send(request);
        } catch (IOException e) {
            return null;
        }
    }

    private static JsonNode parse(String body) {
        try {
            return body.isEmpty() ? JSON.nullNode() : JSON.readTree(body);
        } catch (IOException e) {
            return JSON.nullNode();
        }
    }
}
