package org.masswork.gateway.edge;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Verifies the bearer token of a request with the configured key and issuer ({@code mp.jwt.verify.*}):
 * signature (RS256), expiry, issuer. Off the event loop, because the key may come from a JWKS URL.
 */
@ApplicationScoped
public class BearerTokens {

    private static final String BEARER = "Bearer ";

    private final JWTParser parser;
    private final Vertx vertx;

    BearerTokens(JWTParser parser, Vertx vertx) {
        this.parser = parser;
        this.vertx = vertx;
    }

    /** The verified token; fails with {@link InvalidToken} when it is missing or not valid. */
    public Future<JsonWebToken> verify(HttpServerRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Future.failedFuture(new InvalidToken("A bearer token is required"));
        }
        String token = header.substring(BEARER.length()).trim();
        return vertx.executeBlocking(() -> parser.parse(token), false)
                .recover(e -> Future.failedFuture(new InvalidToken("The bearer token is not valid: expired, not signed by a trusted key, or from another issuer")));
    }

    public static final class InvalidToken extends RuntimeException {
        InvalidToken(String message) {
            super(message, null, false, false);
        }
    }
}
