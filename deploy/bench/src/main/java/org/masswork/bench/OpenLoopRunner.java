package org.masswork.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-loop load generator: requests arrive at a fixed rate whatever the system answers, as a province's
 * phones would. Request i is due at {@code start + i / rate}; its latency is counted from that intended instant to
 * its answer, so a request that had to wait to be sent, or that queued behind slow ones, is charged with the wait
 * (no coordinated omission). Requests go out asynchronously on the JDK client, up to {@code maxInFlight} at once;
 * past that a due request waits for a free slot and is counted as sent late (its latency still runs from its
 * intended instant). A request not answered within the timeout (from its sending) counts as an error.
 */
final class OpenLoopRunner {

    /** Sent more than this after its intended instant: counted as not sent on time. */
    static final Duration LATE = Duration.ofMillis(10);

    private OpenLoopRunner() {
    }

    /**
     * @param operation the name of request {@code i}'s kind, for the per-operation figures
     * @param requests  builds request {@code i}, called by the scheduler at its due time (keep it cheap)
     */
    record Plan(String name, double perSecond, Duration duration, int maxInFlight, Duration timeout,
                java.util.function.LongFunction<String> operation, java.util.function.LongFunction<HttpRequest> requests) {
    }

    /**
     * @param latencyNanos from the intended instant to the answer (negative: an error, as in {@link LoadRunner})
     * @param sendDelayNanos from the intended instant to the moment the request was handed to the client
     */
    record Sample(String operation, long latencyNanos, long sendDelayNanos, int status) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    /** @param seconds from the first intended instant to the last answer */
    record Outcome(Plan plan, List<Sample> samples, double seconds, long sentLate, long maxSendDelayNanos, int maxInFlightSeen) {

        LoadRunner.Result result(String operation) {
            List<Sample> chosen = operation == null ? samples : samples.stream().filter(s -> s.operation().equals(operation)).toList();
            long[] latencies = chosen.stream().mapToLong(s -> s.ok() ? s.latencyNanos() : -s.latencyNanos()).toArray();
            return LoadRunner.Result.of(operation == null ? "all requests" : operation, 0, List.of(latencies), seconds);
        }

        List<String> operations() {
            return samples.stream().map(Sample::operation).distinct().sorted().toList();
        }
    }

    static Outcome run(Plan plan) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(4)).build();
        long total = Math.round(plan.perSecond() * plan.duration().toNanos() / 1e9);
        double intervalNanos = 1e9 / plan.perSecond();
        Sample[] samples = new Sample[(int) total];
        CountDownLatch answered = new CountDownLatch((int) total);
        Queue<Long> waiting = new ArrayDeque<>();
        Object lock = new Object();
        int[] inFlight = {0};
        int[] maxInFlight = {0};
        long start = System.nanoTime() + 50_000_000L;

        class Sender {
            /** Called with the lock held: hands request i to the client now. */
            void send(long i) {
                long intended = start + Math.round(i * intervalNanos);
                long sent = System.nanoTime();
                inFlight[0]++;
                maxInFlight[0] = Math.max(maxInFlight[0], inFlight[0]);
                String operation = plan.operation().apply(i);
                // The request's own timeout: on expiry the client gives the exchange up and closes its connection.
                HttpRequest request = HttpRequest.newBuilder(plan.requests().apply(i), (name, value) -> true)
                        .timeout(plan.timeout()).build();
                http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                        .whenComplete((response, error) -> {
                            long latency = System.nanoTime() - intended;
                            int status = error == null ? response.statusCode() : 0;
                            samples[(int) i] = new Sample(operation, latency, sent - intended, status);
                            Long next;
                            synchronized (lock) {
                                inFlight[0]--;
                                next = waiting.poll();
                                if (next != null) {
                                    send(next);
                                }
                            }
                            answered.countDown();
                        });
            }
        }
        Sender sender = new Sender();
        for (long i = 0; i < total; i++) {
            long due = start + Math.round(i * intervalNanos);
            for (long now = System.nanoTime(); now < due; now = System.nanoTime()) {
                LockSupport.parkNanos(due - now);
            }
            synchronized (lock) {
                if (inFlight[0] < plan.maxInFlight()) {
                    sender.send(i);
                } else {
                    waiting.add(i);
                }
            }
        }
        try {
            // Every request has its timeout; the wait only guards against a lost callback.
            if (!answered.await(plan.duration().toSeconds() + plan.timeout().toSeconds() * (1 + total / Math.max(1, plan.maxInFlight())) + 60,
                    TimeUnit.SECONDS)) {
                throw new IllegalStateException(plan.name() + ": answers missing after the last timeout");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        ((ExecutorService) http.executor().orElseThrow()).shutdown();
        List<Sample> all = new ArrayList<>(Arrays.asList(samples));
        long late = all.stream().filter(s -> s.sendDelayNanos() > LATE.toNanos()).count();
        long maxDelay = all.stream().mapToLong(Sample::sendDelayNanos).max().orElse(0);
        return new Outcome(plan, all, seconds, late, maxDelay, maxInFlight[0]);
    }
}
