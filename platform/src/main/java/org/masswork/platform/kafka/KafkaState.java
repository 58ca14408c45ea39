package org.masswork.platform.kafka;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import org.masswork.platform.event.ErrorSummary;

/**
 * Whether Kafka answered lately, for the health data. Asked in the background and remembered for a while, so a
 * health probe never waits on a broker that is down.
 */
@ApplicationScoped
public class KafkaState {

    private static final Duration FRESH_FOR = Duration.ofSeconds(10);

    /** @param brokers brokers seen, or -1 when Kafka did not answer; {@code error} why not */
    public record Seen(int brokers, String error, Instant at) {
        public boolean reachable() {
            return brokers > 0;
        }
    }

    private final KafkaAdmin kafka;
    private final AtomicBoolean asking = new AtomicBoolean();
    private volatile Seen last = new Seen(-1, "not asked yet", Instant.EPOCH);

    KafkaState(KafkaAdmin kafka) {
        this.kafka = kafka;
    }

    void askAtStart(@Observes StartupEvent startup) {
        lastSeen();
    }

    /** The last answer; asks again in the background when it is older than a few seconds. */
    public Seen lastSeen() {
        Seen seen = last;
        if (seen.at().plus(FRESH_FOR).isBefore(Instant.now()) && asking.compareAndSet(false, true)) {
            try {
                kafka.admin().describeCluster().nodes().whenComplete((nodes, error) -> {
                    last = error == null ? new Seen(nodes.size(), null, Instant.now())
                            : new Seen(-1, ErrorSummary.of(error), Instant.now());
                    asking.set(false);
                });
            } catch (RuntimeException e) {
                last = new Seen(-1, ErrorSummary.of(e), Instant.now());
                asking.set(false);
            }
        }
        return seen;
    }
}
