package org.masswork.platform.event;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import org.jboss.logging.Logger;

/**
 * A background loop on a thread of its own (the outbox relay, the event consumer) that never dies silently: when
 * its body stops on an unexpected error it is started again after a growing pause, and while it is down
 * {@link #isUp()} says so, for the liveness check and the metrics.
 */
public final class SupervisedLoop {

    /** The loop's work: runs until {@code running} turns false, or throws. */
    @FunctionalInterface
    public interface Body {
        void run(BooleanSupplier running) throws Exception;
    }

    private static final Logger LOG = Logger.getLogger(SupervisedLoop.class);
    private static final Duration FIRST_RESTART = Duration.ofSeconds(1);
    private static final Duration MAX_RESTART = Duration.ofSeconds(30);

    private final String name;
    private final Body body;
    private volatile boolean running;
    private volatile boolean up;
    private volatile String lastError;
    private volatile int restarts;
    private Thread thread;

    public SupervisedLoop(String name, Body body) {
        this.name = name;
        this.body = body;
    }

    public synchronized void start() {
        running = true;
        thread = new Thread(this::supervise, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Asks the body to end, interrupts its waits, and waits for the thread up to {@code patience}. */
    public synchronized void stop(Duration patience) throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.interrupt();
            thread.join(patience.toMillis());
        }
    }

    /**
     * Asks the body to end, ends its waits by {@code wake} and waits for the thread up to {@code patience}; only a
     * body still running then is interrupted. For a body whose clean-up cannot run interrupted (a Kafka consumer's
     * close leaves its group with an error when its thread is interrupted).
     */
    public synchronized void stop(Duration patience, Runnable wake) throws InterruptedException {
        running = false;
        if (thread != null) {
            wake.run();
            thread.join(patience.toMillis());
            if (thread.isAlive()) {
                stop(patience);
            }
        }
    }

    public String name() {
        return name;
    }

    /** Whether the thread runs its body now (false when it was never started, has stopped, or is waiting to restart). */
    public boolean isUp() {
        return up && thread != null && thread.isAlive();
    }

    public int restarts() {
        return restarts;
    }

    /** The error that last stopped the body: its class and, for our own exceptions, its message. */
    public String lastError() {
        return lastError;
    }

    private void supervise() {
        Backoff restartPause = new Backoff(FIRST_RESTART, MAX_RESTART);
        while (shouldRun()) {
            Instant started = Instant.now();
            up = true;
            try {
                body.run(this::shouldRun);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception | Error e) {
                if (!running) {
                    break;
                }
                // An Error too: a loop that dies silently loses every event after it.
                up = false;
                lastError = ErrorSummary.of(e);
                restarts++;
                if (Duration.between(started, Instant.now()).compareTo(MAX_RESTART) > 0) {
                    restartPause.reset();
                }
                Duration pause = restartPause.next();
                LOG.errorf("%s stopped on %s; restarting in %d ms", name, lastError, pause.toMillis());
                LOG.debugf(e, "%s stopped", name);
                sleep(pause);
            }
        }
        up = false;
    }

    private boolean shouldRun() {
        return running && !Thread.currentThread().isInterrupted();
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
