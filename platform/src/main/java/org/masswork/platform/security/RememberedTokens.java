package org.masswork.platform.security;

import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import org.masswork.platform.token.TokenMemory;
import org.masswork.platform.token.TokenVerifier;

/**
 * The services' token check: a bearer token is verified by the standard rules ({@link TokenVerifier}: signature,
 * issuer, audience, lifetime) once, then answered from {@link TokenMemory} until it expires. Tokens that fail are never
 * remembered.
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class RememberedTokens extends JWTCallerPrincipalFactory {

    private final JWTCallerPrincipalFactory verifier;
    private final TokenMemory memory;

    RememberedTokens() {
        this(new TokenVerifier(), new TokenMemory());
    }

    RememberedTokens(JWTCallerPrincipalFactory verifier, TokenMemory memory) {
        this.verifier = verifier;
        this.memory = memory;
    }

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo authContextInfo) throws ParseException {
        if (memory.recall(token) instanceof JWTCallerPrincipal known) {
            return known;
        }
        JWTCallerPrincipal parsed = verifier.parse(token, authContextInfo);
        memory.remember(token, parsed);
        return parsed;
    }
}
