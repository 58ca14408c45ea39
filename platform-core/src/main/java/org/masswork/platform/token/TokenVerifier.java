package org.masswork.platform.token;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.DefaultJWTTokenParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtContext;

/**
 * Verifies a bearer token exactly as smallrye-jwt's default factory does (signature, issuer, audience, lifetime),
 * and gives a principal that reads the project's own claims (county, township, station, cadre, department) without
 * an exception. The default principal looks every claim name up with {@code Claims.valueOf}, which throws for any
 * name outside the standard's list: a stack trace filled on every read of a custom claim, 3–5 % of the CPU of the
 * gateway and of each service on a station day (docs/benchmarks/2026-12-05-station-day-2.md).
 * <p>
 * The principal is kept for hours in {@link TokenMemory}, so it holds the claims alone: not the token's text (the
 * {@code raw_token} claim; a request's own Authorization header has it, and nothing here reads it) nor the claims'
 * JSON, which together were more than half of its size. {@link JsonWebToken#getRawToken()} is therefore null.
 */
public class TokenVerifier extends JWTCallerPrincipalFactory {

    private final DefaultJWTTokenParser parser = new DefaultJWTTokenParser();

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo authContextInfo) throws ParseException {
        JwtContext verified = parser.parse(token, authContextInfo);
        String type = verified.getJoseObjects().get(0).getHeader("typ");
        return new VerifiedToken(type, claimsAlone(verified.getJwtClaims()));
    }

    /**
     * The claims without the token's text and without the JSON they were read from. Names and text values are
     * interned: every token repeats the same dozen names, a county's tokens its issuer, county and townships, and a
     * cadre's token their id three times (sub, upn, cadre). Only tokens signed by a trusted key get here.
     */
    private static JwtClaims claimsAlone(JwtClaims claims) {
        JwtClaims kept = new JwtClaims();
        claims.getClaimsMap().forEach((name, value) -> {
            if (!Claims.raw_token.name().equals(name)) {
                kept.setClaim(name.intern(), value instanceof String text ? text.intern() : value);
            }
        });
        return kept;
    }

    static final class VerifiedToken extends DefaultJWTCallerPrincipal {

        private static final Map<String, Claims> STANDARD_CLAIMS = Arrays.stream(Claims.values())
                .collect(Collectors.toUnmodifiableMap(Claims::name, Function.identity()));

        VerifiedToken(String type, JwtClaims claims) {
            super(type, claims);
        }

        @Override
        protected Claims getClaimType(String name) {
            return STANDARD_CLAIMS.getOrDefault(name, Claims.UNKNOWN);
        }
    }
}
