package org.masswork.platform.event;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What operators watch of the event backbone (Prometheus names in brackets): the outbox backlog and the age of
 * its oldest row ({@code masswork_outbox_pending}, {@code masswork_outbox_oldest_pending_seconds}), relay sends and
 * failures ({@code masswork_outbox_published_total}, {@code masswork_outbox_relay_failures_total}), events applied,
 * seen twice and parked per type ({@code masswork_events_applied_total}, {@code masswork_events_duplicates_total},
 * {@code masswork_events_parked_total}), retries while the infrastructure is down
 * ({@code masswork_events_retries_total}), parked events not yet replayed ({@code masswork_events_parked_unresolved}) and whether
 * each loop runs ({@code masswork_event_loop_up}). Consumer lag per partition comes from the Kafka client's own
 * metrics ({@code kafka_consumer_fetch_manager_records_lag}).
 */
@ApplicationScoped
public class EventMetrics {

    private final MeterRegistry registry;
    private final AtomicLong outboxPending = new AtomicLong();
    private final AtomicLong outboxOldestPendingMillis = new AtomicLong();
    private final AtomicLong parkedUnresolved = new AtomicLong();
    private final Counter published;
    private final Counter relayFailures;

    EventMetrics(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder("masswork.outbox.pending", outboxPending, AtomicLong::get)
                .description("Outbox rows not yet acknowledged by Kafka").register(registry);
        Gauge.builder("masswork.outbox.oldest.pending", outboxOldestPendingMillis, millis -> millis.get() / 1000.0)
                .baseUnit("seconds").description("Age of the oldest outbox row not yet acknowledged by Kafka").register(registry);
        Gauge.builder("masswork.events.parked.unresolved", parkedUnresolved, AtomicLong::get)
                .description("Parked events not yet replayed").register(registry);
        published = Counter.builder("masswork.outbox.published").description("Outbox rows acknowledged by Kafka").register(registry);
        relayFailures = Counter.builder("masswork.outbox.relay.failures")
                .description("Relay batches Kafka did not fully acknowledge").register(registry);
    }

    public void watch(SupervisedLoop loop) {
        Gauge.builder("masswork.event.loop.up", loop, l -> l.isUp() ? 1 : 0).tag("loop", loop.name())
                .description("1 while the loop runs, 0 while it is down or restarting").register(registry);
    }

    public void applied(String type) {
        registry.counter("masswork.events.applied", "type", type).increment();
    }

    public void duplicate(String type) {
        registry.counter("masswork.events.duplicates", "type", type).increment();
    }

    /** @param direction {@code INCOMING} (a consumed event) or {@code OUTGOING} (an outbox row) */
    public void parked(String direction, String type) {
        registry.counter("masswork.events.parked", "direction", direction, "type", type).increment();
        parkedUnresolved.incrementAndGet();
    }

    /** @param cause {@code infrastructure} (the database or Kafka is down) or {@code handler} (the work failed) */
    public void retried(String cause) {
        registry.counter("masswork.events.retries", "cause", cause).increment();
    }

    public void published(int count) {
        published.increment(count);
    }

    public void relayFailed() {
        relayFailures.increment();
    }

    public void outboxBacklog(long pending, Duration oldestPending) {
        outboxPending.set(pending);
        outboxOldestPendingMillis.set(oldestPending.toMillis());
    }

    public long outboxPending() {
        return outboxPending.get();
    }

    public Duration oldestPending() {
        return Duration.ofMillis(outboxOldestPendingMillis.get());
    }

    public void parkedUnresolved(long count) {
        parkedUnresolved.set(count);
    }

    public long parkedUnresolved() {
        return parkedUnresolved.get();
    }
}
