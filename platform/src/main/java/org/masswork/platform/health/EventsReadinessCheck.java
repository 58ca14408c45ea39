package org.masswork.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.masswork.platform.event.EventMetrics;
import org.masswork.platform.kafka.KafkaState;
import org.masswork.platform.outbox.OutboxRelay;

/**
 * The event backbone as health data, never as a reason not to be ready: while Kafka is down the service still
 * takes writes (their events wait in the outbox), so taking it out of the load balancer would only refuse them.
 * Reports Kafka's state, the outbox backlog and its oldest row's age, and the parked events.
 */
@Readiness
@ApplicationScoped
public class EventsReadinessCheck implements HealthCheck {

    private final KafkaState kafka;
    private final EventMetrics metrics;
    private final OutboxRelay relay;

    EventsReadinessCheck(KafkaState kafka, EventMetrics metrics, OutboxRelay relay) {
        this.kafka = kafka;
        this.metrics = metrics;
        this.relay = relay;
    }

    @Override
    public HealthCheckResponse call() {
        KafkaState.Seen seen = kafka.lastSeen();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("events").up()
                .withData("kafka", seen.reachable() ? "UP" : "DOWN")
                .withData("outboxPending", metrics.outboxPending())
                .withData("outboxOldestPendingSeconds", metrics.oldestPending().toSeconds())
                .withData("parkedEvents", metrics.parkedUnresolved());
        if (seen.error() != null) {
            response.withData("kafkaError", seen.error());
        }
        if (relay.lastBrokerError() != null) {
            response.withData("relayError", relay.lastBrokerError());
        }
        return response.build();
    }
}
