package org.masswork.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;
import org.masswork.platform.event.SupervisedLoop;
import org.masswork.platform.inbox.EventConsumer;
import org.masswork.platform.outbox.OutboxRelay;

/**
 * The event consumer and the outbox relay, by name: DOWN while one has stopped on an error and waits to be
 * restarted. It restarts by itself; if it keeps failing, the liveness probe has the pod restarted.
 */
@Liveness
@ApplicationScoped
public class EventLoopsLivenessCheck implements HealthCheck {

    private final EventConsumer consumer;
    private final OutboxRelay relay;

    EventLoopsLivenessCheck(EventConsumer consumer, OutboxRelay relay) {
        this.consumer = consumer;
        this.relay = relay;
    }

    @Override
    public HealthCheckResponse call() {
        List<SupervisedLoop> loops = Stream.of(consumer.loop(), relay.loop()).flatMap(Optional::stream).toList();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("event loops").up();
        for (SupervisedLoop loop : loops) {
            response.withData(loop.name(), loop.isUp() ? "UP" : "DOWN");
            response.withData(loop.name() + ".restarts", loop.restarts());
            if (!loop.isUp()) {
                response.down();
                if (loop.lastError() != null) {
                    response.withData(loop.name() + ".error", loop.lastError());
                }
            }
        }
        return response.build();
    }
}
