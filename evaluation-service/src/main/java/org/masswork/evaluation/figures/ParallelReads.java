package org.masswork.evaluation.figures;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Runs the independent reads of one report side by side, each on its own connection, so a report across whole counties
 * takes about as long as its slowest read instead of their sum (docs/scaling.md, "a work-figures request as a whole").
 * A read goes to a free thread of a small pool shared by all requests, in a transaction of its own; when none is free
 * it runs in the caller's thread and transaction. So a busy service reads in turn as before, and a request waits only
 * on reads that already hold a thread: it cannot wait on a connection that only its own wait keeps busy.
 *
 * <p>Each statement reads its own snapshot under READ COMMITTED, in one transaction or in several, so the figures are
 * those the reads would give one after another.
 */
@ApplicationScoped
public class ParallelReads {

    /** Threads shared by all reports; their connections come on top of the callers'. */
    static final int THREADS = 3;

    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(0, THREADS, 30, TimeUnit.SECONDS,
            new SynchronousQueue<>(), runnable -> {
                Thread thread = new Thread(runnable, "figures-read");
                thread.setDaemon(true);
                return thread;
            });

    /**
     * The reads' results, in their order. The first read runs in the caller's thread, and so does any other that finds
     * no free thread, before the caller waits for those that found one.
     */
    public <T> List<T> all(List<Supplier<T>> reads) {
        List<Future<T>> running = new ArrayList<>(reads.size());
        for (int i = 0; i < reads.size(); i++) {
            running.add(i == 0 ? null : submitted(reads.get(i)));
        }
        List<T> results = new ArrayList<>(reads.size());
        for (int i = 0; i < reads.size(); i++) {
            results.add(running.get(i) == null ? reads.get(i).get() : null);
        }
        for (int i = 0; i < reads.size(); i++) {
            if (running.get(i) != null) {
                results.set(i, result(running.get(i)));
            }
        }
        return results;
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    /** The read running on a free thread, or null when none is free. */
    private <T> Future<T> submitted(Supplier<T> read) {
        try {
            return executor.submit(() -> QuarkusTransaction.requiringNew().call(read::get));
        } catch (RejectedExecutionException busy) {
            return null;
        }
    }

    private static <T> T result(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the figures", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
