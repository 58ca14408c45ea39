package org.masswork.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.masswork.platform.kafka.KafkaAdmin;
import org.masswork.platform.outbox.OutboxStore;

/**
 * Kafka reachability, with the number of events waiting in the outbox. Writes keep working while
 * Kafka is down (the outbox holds the events), so this says how far behind publishing is.
 */
@Readiness
@ApplicationScoped
public class KafkaReadinessCheck implements HealthCheck {

    private final KafkaAdmin kafka;
    private final OutboxStore outbox;

    KafkaReadinessCheck(KafkaAdmin kafka, OutboxStore outbox) {
        this.kafka = kafka;
        this.outbox = outbox;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("kafka");
        try {
            int brokers = kafka.admin().describeCluster().nodes().get(3, TimeUnit.SECONDS).size();
            response.withData("brokers", brokers).up();
        } catch (Exception e) {
            response.withData("error", e.getClass().getSimpleName()).down();
        }
        try {
            response.withData("outboxPending", outbox.countPending());
        } catch (RuntimeException e) {
            response.withData("outboxPending", "unknown");
        }
        return response.build();
    }
}
