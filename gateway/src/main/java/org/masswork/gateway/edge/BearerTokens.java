package org.masswork.gateway.edge;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Verifies the bearer token of a request with the configured key and issuer ({@code mp.jwt.verify.*}):
 * signature (RS256), expiry, issuer. Off the event loop, because the key may come from a JWKS URL.
 * A client sends the same token for many requests: a token verified once is remembered, by its exact text
 * (signature included), until it expires, so later requests skip the signature check and the thread hop.
 * A key withdrawn from the JWKS therefore stops a token it signed only at the token's expiry at the edge;
 * the services still verify every token themselves.
 */
@ApplicationScoped
public class BearerTokens {

    private static final String BEARER = "Bearer ";
    /** Enough for every active client of a county; past it, tokens are verified every time until a sweep. */
    private static final int MAX_REMEMBERED = 20_000;

    private final JWTParser parser;
    private final Vertx vertx;
    private final ConcurrentHashMap<String, JsonWebToken> verified = new ConcurrentHashMap<>();

    BearerTokens(JWTParser parser, Vertx vertx) {
        this.parser = parser;
        this.vertx = vertx;
    }

    void forgetExpiredTokens(@Observes StartupEvent started) {
        vertx.setPeriodic(TimeUnit.MINUTES.toMillis(1), id -> verified.values().removeIf(BearerTokens::expired));
    }

    /** The verified token; fails with {@link InvalidToken} when it is missing or not valid. */
    public Future<JsonWebToken> verify(HttpServerRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Future.failedFuture(new InvalidToken("A bearer token is required"));
        }
        String token = header.substring(BEARER.length()).trim();
        JsonWebToken known = verified.get(token);
        if (known != null && !expired(known)) {
            return Future.succeededFuture(known);
        }
        return vertx.executeBlocking(() -> parser.parse(token), false)
                .onSuccess(parsed -> {
                    if (verified.size() < MAX_REMEMBERED) {
                        verified.put(token, parsed);
                    }
                })
                .recover(e -> Future.failedFuture(new InvalidToken("The bearer token is not valid: expired, not signed by a trusted key, or from another issuer")));
    }

    private static boolean expired(JsonWebToken token) {
        return token.getExpirationTime() * 1000 <= System.currentTimeMillis();
    }

    public static final class InvalidToken extends RuntimeException {
        InvalidToken(String message) {
            super(message, null, false, false);
        }
    }
}
