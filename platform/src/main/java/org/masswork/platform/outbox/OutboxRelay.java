package org.masswork.platform.outbox;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.jboss.logging.Logger;
import org.masswork.platform.event.Backoff;
import org.masswork.platform.event.ErrorSummary;
import org.masswork.platform.event.EventMetrics;
import org.masswork.platform.event.EventsConfig;
import org.masswork.platform.event.SupervisedLoop;
import org.masswork.platform.inbox.ParkedEvents;

/**
 * Moves outbox rows to Kafka on a thread of its own. A commit that wrote events wakes it at once; otherwise it
 * polls, for rows another replica wrote. One batch is: renew the lease (only its holder publishes), read the
 * oldest pending rows, send them, mark the acknowledged prefix published — each database step a short transaction
 * of its own, so no transaction, lock or pooled connection is held while the broker is awaited. When Kafka or the
 * database is down rows stay pending and the relay retries with a growing pause: nothing is dropped. A row the
 * broker refuses for itself (too large) is parked after a few attempts, so it does not hold back the rest.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(250);
    private static final Duration CLEANUP_EVERY = Duration.ofHours(1);
    private static final Duration MEASURE_EVERY = Duration.ofSeconds(5);

    private final EventsConfig.Relay config;
    private final OutboxStore store;
    private final OutboxPublisher publisher;
    private final ParkedEvents parked;
    private final EventMetrics metrics;
    private final BlockingQueue<Boolean> wakeUps = new ArrayBlockingQueue<>(1);
    /** This process, among the replicas of its service: the pod's host name where there is one. */
    private final String owner = Optional.ofNullable(System.getenv("HOSTNAME")).orElse("relay") + "/" + UUID.randomUUID();
    private volatile String lastBrokerError;
    private volatile Instant lastAcknowledged;
    private SupervisedLoop loop;

    OutboxRelay(EventsConfig config, OutboxStore store, OutboxPublisher publisher, ParkedEvents parked, EventMetrics metrics) {
        this.config = config.relay();
        this.store = store;
        this.publisher = publisher;
        this.parked = parked;
        this.metrics = metrics;
    }

    void start(@Observes StartupEvent startup) {
        if (!config.enabled()) {
            LOG.info("Outbox relay disabled by configuration");
            return;
        }
        loop = new SupervisedLoop("outbox-relay", this::run);
        metrics.watch(loop);
        loop.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        if (loop != null) {
            loop.stop(Duration.ofSeconds(10));
            try {
                store.releaseLease(owner);
            } catch (RuntimeException e) {
                LOG.debugf("Relay lease not released (%s); it expires by itself", ErrorSummary.of(e));
            }
        }
    }

    public void wakeUp() {
        wakeUps.offer(Boolean.TRUE);
    }

    public Optional<SupervisedLoop> loop() {
        return Optional.ofNullable(loop);
    }

    /** Why Kafka did not take the last batch, or null when it did (or nothing was sent yet). */
    public String lastBrokerError() {
        return lastBrokerError;
    }

    public Optional<Instant> lastAcknowledged() {
        return Optional.ofNullable(lastAcknowledged);
    }

    private enum Outcome {
        IDLE, MORE_PENDING, FAILED
    }

    private void run(BooleanSupplier running) throws InterruptedException {
        Backoff backoff = new Backoff(FIRST_BACKOFF, config.maxBackoff());
        Instant nextCleanup = Instant.now();
        Instant nextMeasure = Instant.now();
        while (running.getAsBoolean()) {
            Outcome outcome;
            try {
                wakeUps.clear();
                outcome = publishBatch();
                if (Instant.now().isAfter(nextMeasure)) {
                    measure();
                    nextMeasure = Instant.now().plus(MEASURE_EVERY);
                }
                if (Instant.now().isAfter(nextCleanup)) {
                    store.deletePublishedOlderThan(config.retention());
                    nextCleanup = Instant.now().plus(CLEANUP_EVERY);
                }
            } catch (RuntimeException e) {
                // The database is down or restarting: the rows stay where they are until it is back.
                LOG.warnf("Outbox relay cannot reach its database (%s); retrying", ErrorSummary.of(e));
                outcome = Outcome.FAILED;
            }
            switch (outcome) {
                case MORE_PENDING -> backoff.reset();
                case IDLE -> {
                    backoff.reset();
                    wakeUps.poll(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                }
                case FAILED -> {
                    metrics.relayFailed();
                    Thread.sleep(backoff.next().toMillis());
                }
            }
        }
    }

    private Outcome publishBatch() {
        if (!store.acquireLease(owner, config.lease())) {
            return Outcome.IDLE;
        }
        List<OutboxEvent> pending = store.pending(config.batchSize());
        if (pending.isEmpty()) {
            return Outcome.IDLE;
        }
        OutboxPublisher.Result result = publisher.publish(pending);
        List<Long> published = result.published().stream().map(row -> row.seq).toList();
        int marked = store.markPublished(owner, published);
        metrics.published(marked);
        if (!published.isEmpty()) {
            lastAcknowledged = Instant.now();
        }
        if (result.failed() != null) {
            String error = ErrorSummary.of(result.error());
            lastBrokerError = error;
            boolean poison = OutboxPublisher.refusesTheRecordItself(result.error());
            if (store.recordFailure(result.failed().seq, error, poison, config.maxAttempts())) {
                return Outcome.MORE_PENDING;
            }
            LOG.warnf("Kafka did not acknowledge outbox event %s (%s); retrying", result.failed().eventId, error);
            return Outcome.FAILED;
        }
        lastBrokerError = null;
        return pending.size() == config.batchSize() ? Outcome.MORE_PENDING : Outcome.IDLE;
    }

    private void measure() {
        OutboxStore.Backlog backlog = store.backlog();
        metrics.outboxBacklog(backlog.pending(), backlog.oldest());
        metrics.parkedUnresolved(parked.countUnresolved());
    }
}
