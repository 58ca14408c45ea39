package org.masswork.gateway.route;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.masswork.gateway.edge.RateLimiter;

/**
 * The anonymous ballot route ({@link GatewayConfig.Ballots}): which requests cast a ballot, their body read whole but
 * bounded (the one body the gateway reads; every other streams through), the code's rate limit by the code's
 * SHA-256, and the body handed to the proxy ({@link BufferedBody}). The code itself is kept nowhere and logged nowhere.
 */
@ApplicationScoped
public class Ballots {

    static final String BODY = "masswork.gateway.ballot-body";

    private final String[] pattern;
    private final long maxBodySize;
    private final RateLimiter codes;
    private final ObjectMapper json;

    Ballots(GatewayConfig config, ObjectMapper json) {
        this.pattern = config.ballots().path().split("/", -1);
        this.maxBodySize = config.ballots().maxBodySize().asLongValue();
        double perSecond = 1.0 / Math.max(1, config.ballots().perCodeInterval().toSeconds());
        this.codes = RateLimiter.separate(perSecond, config.ballots().perCodeBurst());
        this.json = json;
    }

    void evictIdleCodes(@Observes StartupEvent started, Vertx vertx) {
        vertx.setPeriodic(TimeUnit.MINUTES.toMillis(1), id -> codes.evictIdle());
    }

    /** Whether the request casts a ballot: {@code POST} to the configured path, its {@code *} one non-empty segment. */
    public boolean isBallot(HttpServerRequest request, String path) {
        if (request.method() != HttpMethod.POST) {
            return false;
        }
        String[] segments = path.split("/", -1);
        if (segments.length != pattern.length) {
            return false;
        }
        for (int i = 0; i < pattern.length; i++) {
            if (pattern[i].equals("*") ? segments[i].isEmpty() : !pattern[i].equals(segments[i])) {
                return false;
            }
        }
        return true;
    }

    long maxBodySize() {
        return maxBodySize;
    }

    /** The whole body, or a failed future with {@link TooLarge} past the limit (the rest is drained, not kept). */
    Future<Buffer> read(HttpServerRequest request) {
        Promise<Buffer> read = Promise.promise();
        Buffer body = Buffer.buffer();
        boolean[] over = {false};
        request.handler(chunk -> {
            if (over[0]) {
                return;
            }
            if (body.length() + chunk.length() > maxBodySize) {
                over[0] = true;
                read.tryFail(new TooLarge());
                return;
            }
            body.appendBuffer(chunk);
        });
        request.exceptionHandler(read::tryFail);
        request.endHandler(end -> read.tryComplete(body));
        request.resume();
        return read.future();
    }

    /** The quota of the ballot's code, if the body names one: by the code's hash, never the code. */
    Optional<RateLimiter.Quota> acquireCode(Buffer body) {
        return code(body).map(code -> codes.acquire(sha256(code)));
    }

    /** Keeps the body for the proxy, which sends it instead of the (already read) request stream. */
    static void keep(HttpServerRequest request, Buffer body) {
        ((HttpServerRequestInternal) request).context().putLocal(BODY, body);
    }

    private Optional<String> code(Buffer body) {
        try {
            JsonNode code = json.readTree(body.getBytes()).path("code");
            return code.isTextual() && !code.asText().isEmpty() ? Optional.of(code.asText()) : Optional.empty();
        } catch (IOException e) {
            // Not JSON: the service refuses it (400); only the address's quota counts.
            return Optional.empty();
        }
    }

    private static String sha256(String code) {
        try {
            return "ballot-code:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    static final class TooLarge extends RuntimeException {
        TooLarge() {
            super("ballot body too large", null, false, false);
        }
    }
}
