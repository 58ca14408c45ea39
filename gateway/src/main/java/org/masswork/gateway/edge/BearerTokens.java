package org.masswork.gateway.edge;

import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.masswork.gateway.route.GatewayConfig;
import org.masswork.gateway.token.LocalIssuer;
import org.masswork.platform.language.Text;
import org.masswork.platform.token.TokenMemory;
import org.masswork.platform.token.TokenVerifier;

/**
 * Verifies the bearer token of a request with the configured key, issuer and audience ({@code mp.jwt.verify.*}):
 * signature (RS256), expiry, issuer, audience, and a lifetime ({@code exp - iat}) of at most
 * {@code smallrye.jwt.time-to-live}. Off the event loop, because the key may come from a JWKS URL.
 * A client sends the same token for many requests: a token verified once is remembered ({@link TokenMemory}) until it
 * expires, so later requests skip the signature check and the thread hop. A key withdrawn from the JWKS therefore
 * stops a token it signed only at the token's expiry at the edge; the services still verify every token themselves.
 * <p>
 * A token signed by the gateway itself (a SYSTEM token: its {@code kid} is the gateway's key's, {@link LocalIssuer}) is
 * verified with the gateway's own public key and issuer, with the same audience and lifetime rules, so it is accepted
 * even where {@code MP_JWT_VERIFY_PUBLICKEY_LOCATION} names only the identity provider's keys.
 */
@ApplicationScoped
public class BearerTokens {

    private static final String BEARER = "Bearer ";

    private final TokenVerifier verifier = new TokenVerifier();
    private final TokenMemory memory = new TokenMemory();
    private final Vertx vertx;
    private final LocalIssuer localIssuer;
    private final JWTAuthContextInfo verification;
    private final String localIssuerName;
    private volatile JWTAuthContextInfo local;

    BearerTokens(Vertx vertx, LocalIssuer localIssuer, JWTAuthContextInfo verification, GatewayConfig config) {
        this.vertx = vertx;
        this.localIssuer = localIssuer;
        this.verification = verification;
        this.localIssuerName = config.tokenIssuer().orElse(verification.getIssuedBy());
    }

    /** The verified token; fails with {@link InvalidToken} when it is missing or not valid. */
    public Future<JsonWebToken> verify(HttpServerRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Future.failedFuture(new InvalidToken(Text.of("需要 Bearer 令牌", "A bearer token is required")));
        }
        String token = header.substring(BEARER.length()).trim();
        JsonWebToken known = memory.recall(token);
        if (known != null) {
            return Future.succeededFuture(known);
        }
        return vertx.executeBlocking(() -> (JsonWebToken) verifier.parse(token, isLocal(token) ? local() : verification), false)
                .onSuccess(parsed -> memory.remember(token, parsed))
                .recover(e -> Future.failedFuture(new InvalidToken(Text.of("Bearer 令牌无效：已过期、有效期过长、不是由受信任的密钥签发、来自其他签发方或面向其他受众",
                        "The bearer token is not valid: expired, issued for too long, not signed by a trusted key, from another issuer or for another audience"))));
    }

    /** Whether the token's header names the gateway's own key. */
    private boolean isLocal(String token) {
        if (!localIssuer.configured()) {
            return false;
        }
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return false;
        }
        try {
            String header = new String(Base64.getUrlDecoder().decode(token.substring(0, dot)), StandardCharsets.UTF_8);
            return header.contains("\"kid\":\"" + localIssuer.keyId() + "\"");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The services' rules (audience, lifetime, algorithm) with the gateway's own key and issuer. */
    private JWTAuthContextInfo local() {
        if (local == null) {
            JWTAuthContextInfo info = new JWTAuthContextInfo(verification);
            info.setPublicKeyLocation(null);
            info.setPublicKeyContent(null);
            info.setPublicVerificationKey(localIssuer.publicKey());
            info.setIssuedBy(localIssuerName);
            local = info;
        }
        return local;
    }

    public static final class InvalidToken extends RuntimeException {

        private final Text reason;

        InvalidToken(Text reason) {
            super(reason.en(), null, false, false);
            this.reason = reason;
        }
    }

    /** Why a verification failed, for the client. */
    public static Text refusal(Throwable failure) {
        return failure instanceof InvalidToken invalid ? invalid.reason
                : Text.of("Bearer 令牌无法验证", "The bearer token could not be verified");
    }
}
