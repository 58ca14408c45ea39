package org.masswork.gateway.edge;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.masswork.gateway.route.GatewayConfig;

/**
 * A token bucket per client: {@code burst} requests at once, refilled at {@code requests-per-second}.
 * In memory, per gateway instance: with n replicas a client gets up to n times the rate. Every answer tells the
 * client what is left ({@link Quota#header()}).
 */
@ApplicationScoped
public class RateLimiter {

    private final double ratePerNano;
    private final int burst;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    @Inject
    RateLimiter(GatewayConfig config) {
        this(config.rateLimit().requestsPerSecond(), config.rateLimit().burst());
    }

    private RateLimiter(double requestsPerSecond, int burst) {
        this.ratePerNano = requestsPerSecond / TimeUnit.SECONDS.toNanos(1);
        this.burst = burst;
    }

    /** A limiter of its own, for another kind of key (a ballot code's hash); its owner calls {@link #evictIdle()}. */
    public static RateLimiter separate(double requestsPerSecond, int burst) {
        return new RateLimiter(requestsPerSecond, burst);
    }

    void evictIdleBuckets(@Observes StartupEvent started, Vertx vertx) {
        vertx.setPeriodic(TimeUnit.MINUTES.toMillis(1), id -> evictIdle());
    }

    /** Forgets clients whose bucket has refilled, so the map holds only the recently active ones. */
    public void evictIdle() {
        long now = System.nanoTime();
        buckets.values().removeIf(bucket -> bucket.refilled(now, ratePerNano, burst).tokens >= burst);
    }

    /** Takes one request from the client's bucket, if it holds one. */
    public Quota acquire(String client) {
        long now = System.nanoTime();
        Bucket bucket = buckets.compute(client, (key, old) ->
                (old == null ? new Bucket(burst, now, false) : old.refilled(now, ratePerNano, burst)).take());
        long toNextToken = bucket.granted ? 0 : wholeSeconds((1 - bucket.tokens) / ratePerNano);
        return new Quota(bucket.granted, (long) Math.floor(bucket.tokens), wholeSeconds((burst - bucket.tokens) / ratePerNano),
                toNextToken);
    }

    private static long wholeSeconds(double nanos) {
        return nanos <= 0 ? 0 : (long) Math.ceil(nanos / TimeUnit.SECONDS.toNanos(1));
    }

    /**
     * What is left of a client's quota after a request.
     *
     * @param remaining  requests the client may still send at once
     * @param fullIn     seconds until the bucket is full again
     * @param retryAfter seconds until the next request is allowed, 0 when this one was
     */
    public record Quota(boolean granted, long remaining, long fullIn, long retryAfter) {

        /** The {@code RateLimit} header field of IETF draft-ietf-httpapi-ratelimit-headers. */
        public static final String HEADER = "RateLimit";

        /** For example {@code "default";r=42;t=1}: 42 requests left, the quota whole again in 1 s. */
        public String header() {
            return "\"default\";r=" + remaining + ";t=" + fullIn;
        }
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
