package org.masswork.gateway.edge;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.masswork.gateway.route.GatewayConfig;

/**
 * A token bucket per client: {@code burst} requests at once, refilled at {@code requests-per-second}.
 * In memory, per gateway instance: with n replicas a client gets up to n times the rate.
 */
@ApplicationScoped
public class RateLimiter {

    private final double ratePerNano;
    private final int burst;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(GatewayConfig config) {
        this.ratePerNano = config.rateLimit().requestsPerSecond() / TimeUnit.SECONDS.toNanos(1);
        this.burst = config.rateLimit().burst();
    }

    /** Forgets clients whose bucket has refilled, so the map holds only the recently active ones. */
    void evictIdleBuckets(@Observes StartupEvent started, Vertx vertx) {
        vertx.setPeriodic(TimeUnit.MINUTES.toMillis(1), id -> {
            long now = System.nanoTime();
            buckets.values().removeIf(bucket -> bucket.refilled(now, ratePerNano, burst).tokens >= burst);
        });
    }

    /** Takes one request from the client's bucket: 0 when allowed, else the whole seconds to wait. */
    public long acquire(String client) {
        long now = System.nanoTime();
        Bucket bucket = buckets.compute(client, (key, old) ->
                (old == null ? new Bucket(burst, now, false) : old.refilled(now, ratePerNano, burst)).take());
        if (bucket.granted) {
            return 0;
        }
        double nanosToNextToken = (1 - bucket.tokens) / ratePerNano;
        return Math.max(1, (long) Math.ceil(nanosToNextToken / TimeUnit.SECONDS.toNanos(1)));
    }

    private record Bucket(double tokens, long at, boolean granted) {

        Bucket refilled(long now, double ratePerNano, int burst) {
            return new Bucket(Math.min(burst, tokens + (now - at) * ratePerNano), now, granted);
        }

        Bucket take() {
            return tokens >= 1 ? new Bucket(tokens - 1, at, true) : new Bucket(tokens, at, false);
        }
    }
}
