package org.masswork.platform.outbox;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.masswork.platform.event.EventsConfig;

/**
 * Moves outbox rows to Kafka on a thread of its own. A commit that wrote events wakes it at once;
 * otherwise it polls, for rows another replica wrote. When Kafka is down rows stay pending and the
 * relay retries with a growing backoff: nothing is dropped.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(250);
    private static final Duration CLEANUP_EVERY = Duration.ofHours(1);

    private final EventsConfig.Relay config;
    private final OutboxStore store;
    private final OutboxPublisher publisher;
    private final BlockingQueue<Boolean> wakeUps = new ArrayBlockingQueue<>(1);
    private volatile boolean running;
    private Thread thread;

    OutboxRelay(EventsConfig config, OutboxStore store, OutboxPublisher publisher) {
        this.config = config.relay();
        this.store = store;
        this.publisher = publisher;
    }

    void start(@Observes StartupEvent startup) {
        if (!config.enabled()) {
            LOG.info("Outbox relay disabled by configuration");
            return;
        }
        running = true;
        thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.interrupt();
            thread.join(Duration.ofSeconds(10).toMillis());
        }
    }

    public void wakeUp() {
        wakeUps.offer(Boolean.TRUE);
    }

    private void run() {
        Duration backoff = FIRST_BACKOFF;
        Instant nextCleanup = Instant.now();
        while (running) {
            try {
                wakeUps.clear();
                OutboxStore.BatchOutcome outcome = store.publishPending(config.batchSize(), publisher);
                switch (outcome) {
                    case MORE_PENDING -> backoff = FIRST_BACKOFF;
                    case ALL_PUBLISHED, NOTHING_PENDING, NOT_LEADER -> {
                        backoff = FIRST_BACKOFF;
                        wakeUps.poll(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                    }
                    case BROKER_FAILED -> {
                        LOG.warnf("Kafka did not acknowledge outbox events; retrying in %d ms", backoff.toMillis());
                        Thread.sleep(backoff.toMillis());
                        backoff = min(backoff.multipliedBy(2), config.maxBackoff());
                    }
                }
                if (Instant.now().isAfter(nextCleanup)) {
                    store.deletePublishedOlderThan(config.retention());
                    nextCleanup = Instant.now().plus(CLEANUP_EVERY);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // The database may be down or restarting: keep the thread alive and try again later.
                LOG.errorf(e, "Outbox relay failed; retrying in %d ms", backoff.toMillis());
                sleepQuietly(backoff);
                backoff = min(backoff.multipliedBy(2), config.maxBackoff());
            }
        }
    }

    private void sleepQuietly(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
