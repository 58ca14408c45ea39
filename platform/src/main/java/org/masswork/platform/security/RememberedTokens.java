package org.masswork.platform.security;

import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import org.masswork.platform.token.TokenVerifier;

/**
 * Verifies a bearer token's signature once ({@link TokenVerifier}), not on every request: a cadre's app sends the same token for hours, and
 * the RSA check was a tenth of a service's CPU on a station day (docs/benchmarks). A token verified by the standard
 * verifier (signature, issuer, audience, lifetime) is remembered by its exact text, signature included, until it
 * expires; it is checked for expiry on every use. As at the gateway, a key withdrawn from the JWKS therefore stops a
 * token it signed at the token's expiry (at most 12 hours). Tokens that fail are never remembered.
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class RememberedTokens extends JWTCallerPrincipalFactory {

    /** Enough for every active user of a county at once; past it, tokens are verified every time until some expire. */
    static final int MAX_REMEMBERED = 20_000;

    private final JWTCallerPrincipalFactory verifier;
    private final Clock clock;
    private final ConcurrentHashMap<String, JWTCallerPrincipal> verified = new ConcurrentHashMap<>();

    RememberedTokens() {
        this(new TokenVerifier(), Clock.systemUTC());
    }

    RememberedTokens(JWTCallerPrincipalFactory verifier, Clock clock) {
        this.verifier = verifier;
        this.clock = clock;
    }

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo authContextInfo) throws ParseException {
        JWTCallerPrincipal known = verified.get(token);
        if (known != null) {
            if (!expired(known)) {
                return known;
            }
            verified.remove(token);
        }
        JWTCallerPrincipal parsed = verifier.parse(token, authContextInfo);
        if (verified.size() >= MAX_REMEMBERED) {
            verified.values().removeIf(this::expired);
        }
        if (verified.size() < MAX_REMEMBERED) {
            verified.put(token, parsed);
        }
        return parsed;
    }

    private boolean expired(JWTCallerPrincipal principal) {
        return principal.getExpirationTime() * 1000 <= clock.millis();
    }
}
