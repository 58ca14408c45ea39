package org.masswork.bench;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop load generator: {@code concurrency} workers each send a request, wait for the answer,
 * and send the next, for a fixed time after a short warm-up. Latencies are kept whole, not bucketed,
 * so the percentiles are exact.
 */
public final class LoadRunner {

    private static final Duration WARM_UP = Duration.ofSeconds(3);

    private LoadRunner() {
    }

    /** Builds the request a worker sends next; {@code sequence} is unique across all workers. */
    public interface RequestFactory {
        HttpRequest next(int worker, long sequence);
    }

    /** Told when the measured part of a run starts and ends, after its warm-up. */
    public interface Window {
        Window NONE = new Window() {
            @Override
            public void opened() {
            }

            @Override
            public void closed() {
            }
        };

        void opened();

        void closed();
    }

    public static Result run(String name, int concurrency, Duration duration, RequestFactory requests) {
        return run(name, concurrency, duration, requests, Window.NONE);
    }

    public static Result run(String name, int concurrency, Duration duration, RequestFactory requests, Window window) {
        AtomicLong sequence = new AtomicLong();
        measure(concurrency, WARM_UP, requests, sequence);
        window.opened();
        long started = System.nanoTime();
        List<long[]> perWorker = measure(concurrency, duration, requests, sequence);
        double seconds = (System.nanoTime() - started) / 1e9;
        window.closed();
        return Result.of(name, concurrency, perWorker, seconds);
    }

    /**
     * Exactly {@code count} requests by {@code concurrency} workers, no warm-up: for counting what each request
     * costs. Returns the figures; {@code errors} are the requests not answered 2xx.
     */
    public static Result runCount(String name, int concurrency, long count, RequestFactory requests) {
        AtomicLong sequence = new AtomicLong();
        long started = System.nanoTime();
        List<long[]> perWorker = measure(concurrency, started + Duration.ofHours(1).toNanos(), count, requests, sequence);
        return Result.of(name, concurrency, perWorker, (System.nanoTime() - started) / 1e9);
    }

    /** The nearest-rank percentile ({@code p} in 0..1) of ascending values; 0 when there are none. */
    static long percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
    }

    private static List<long[]> measure(int concurrency, Duration duration, RequestFactory requests, AtomicLong sequence) {
        return measure(concurrency, System.nanoTime() + duration.toNanos(), Long.MAX_VALUE, requests, sequence);
    }

    /** Until the deadline or until {@code limit} requests in all have been taken (sequence numbers below it). */
    private static List<long[]> measure(int concurrency, long deadline, long limit, RequestFactory requests, AtomicLong sequence) {
        List<Worker> workers = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            Worker worker = new Worker(i, deadline, limit, requests, sequence);
            workers.add(worker);
            worker.start();
        }
        List<long[]> latencies = new ArrayList<>();
        for (Worker worker : workers) {
            try {
                worker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (worker.failure != null) {
                // A worker that could not build its next request stopped early: the run's figures would be a smaller concurrency's.
                throw new IllegalStateException("load worker " + worker.index + " stopped: " + worker.failure.getMessage(), worker.failure);
            }
            latencies.add(worker.latencies());
        }
        return latencies;
    }

    /** One benchmark's figures. Latencies in milliseconds; an error is a non-2xx answer or no answer. */
    public record Result(String name, int concurrency, long requests, long errors, double throughput,
                         double p50, double p95, double p99, double max) {

        static Result of(String name, int concurrency, List<long[]> perWorker, double seconds) {
            long[] all = perWorker.stream().flatMapToLong(Arrays::stream).toArray();
            long errors = Arrays.stream(all).filter(latency -> latency < 0).count();
            long[] ok = Arrays.stream(all).map(Math::abs).sorted().toArray();
            return new Result(name, concurrency, all.length, errors, all.length / seconds,
                    percentile(ok, 0.50) / 1e6, percentile(ok, 0.95) / 1e6, percentile(ok, 0.99) / 1e6,
                    ok.length == 0 ? 0 : ok[ok.length - 1] / 1e6);
        }

        public String line() {
            return String.format("%-40s c=%-3d n=%-7d err=%-5d %8.1f req/s  p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms  max %7.2f ms",
                    name, concurrency, requests, errors, throughput, p50, p95, p99, max);
        }
    }

    private static final class Worker extends Thread {
        private final int index;
        private final long deadline;
        private final long limit;
        private final RequestFactory requests;
        private final AtomicLong sequence;
        private long[] latencies = new long[1024];
        private int count;
        private volatile RuntimeException failure;

        Worker(int index, long deadline, long limit, RequestFactory requests, AtomicLong sequence) {
            super("load-" + index);
            this.index = index;
            this.deadline = deadline;
            this.limit = limit;
            this.requests = requests;
            this.sequence = sequence;
        }

        @Override
        public void run() {
            while (System.nanoTime() - deadline < 0) {
                long n = sequence.getAndIncrement();
                if (n >= limit) {
                    return;
                }
                HttpRequest request;
                try {
                    request = requests.next(index, n);
                } catch (RuntimeException e) {
                    failure = e;
                    return;
                }
                long start = System.nanoTime();
                boolean ok;
                try {
                    int status = BlockingHttp.send(request).status();
                    ok = status >= 200 && status < 300;
                } catch (IOException e) {
                    ok = false;
                }
                record(ok ? System.nanoTime() - start : -(System.nanoTime() - start));
            }
        }

        /** Failed requests are stored negative, so they count as errors and their time is kept. */
        private void record(long nanos) {
            if (count == latencies.length) {
                latencies = Arrays.copyOf(latencies, count * 2);
            }
            latencies[count++] = nanos;
        }

        long[] latencies() {
            return Arrays.copyOf(latencies, count);
        }
    }
}
