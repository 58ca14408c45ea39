package org.masswork.platform.event;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** How a service publishes and consumes events. Each service sets its topic and the topics it reads. */
@ConfigMapping(prefix = "masswork.events")
public interface EventsConfig {

    /** CloudEvents source of this service's events, for example {@code /masswork/cadre-service}. */
    String source();

    /** The topic this service publishes to; one topic per producing service. */
    String topic();

    /** Partitions of this service's topic when the service creates it. */
    @WithDefault("6")
    int partitions();

    @WithDefault("1")
    short replicationFactor();

    Relay relay();

    Consumer consumer();

    interface Relay {
        @WithDefault("true")
        boolean enabled();

        @WithDefault("200")
        int batchSize();

        /** Fallback poll for rows written by other replicas; commits in this JVM wake the relay at once. */
        @WithDefault("1s")
        Duration pollInterval();

        @WithDefault("10s")
        Duration maxBackoff();

        /**
         * How long the replica that publishes keeps that right without renewing it. Longer than one batch can take
         * (the producer's delivery timeout), so no two replicas publish the same rows; a replica that dies without
         * releasing it leaves the outbox waiting this long.
         */
        @WithDefault("30s")
        Duration lease();

        /** Attempts before an event the broker refuses for itself (too large, unserialisable) is parked. */
        @WithDefault("5")
        int maxAttempts();

        /** Published rows are kept this long for audit and replay, then deleted. */
        @WithDefault("7d")
        Duration retention();
    }

    interface Consumer {
        /** Topics this service consumes; none means the consumer does not start. */
        Optional<List<String>> topics();

        /** Consumer group; defaults to the application name. */
        Optional<String> group();

        /**
         * Attempts, with the database reachable, before an event whose handler keeps failing is parked. Faults of the
         * database or of Kafka are not counted: they are retried for as long as they last.
         */
        @WithDefault("3")
        int maxAttempts();

        @WithDefault("200ms")
        Duration retryBackoff();

        /** The longest pause between retries while the database is out of reach. */
        @WithDefault("10s")
        Duration maxBackoff();
    }
}
