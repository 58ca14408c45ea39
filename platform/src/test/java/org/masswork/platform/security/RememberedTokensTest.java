package org.masswork.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;
import org.masswork.platform.token.TokenMemory;

class RememberedTokensTest {

    private static final long EXPIRES = 1_800_000_000L;

    private final List<String> verifiedTexts = new ArrayList<>();
    private final MutableClock clock = new MutableClock(Instant.ofEpochSecond(EXPIRES - 3600));
    private final RememberedTokens tokens = new RememberedTokens(new CountingVerifier(), new TokenMemory(clock::millis, 100));

    @Test
    void shouldVerifyATokenOnceAndAnswerItsLaterUsesFromMemory() throws ParseException {
        JWTCallerPrincipal first = tokens.parse("good.token.signature", null);
        JWTCallerPrincipal second = tokens.parse("good.token.signature", null);

        assertThat(second).isSameAs(first);
        assertThat(verifiedTexts).containsExactly("good.token.signature");
    }

    @Test
    void shouldVerifyAgainOnceTheTokenExpiredSoAnExpiredTokenIsRefused() throws ParseException {
        tokens.parse("good.token.signature", null);
        clock.now = Instant.ofEpochSecond(EXPIRES);

        assertThatThrownBy(() -> tokens.parse("good.token.signature", null)).isInstanceOf(ParseException.class);
        assertThat(verifiedTexts).containsExactly("good.token.signature", "good.token.signature");
    }

    @Test
    void shouldNeverRememberATokenThatFailedNorTakeAnotherTextForIt() throws ParseException {
        tokens.parse("good.token.signature", null);

        assertThatThrownBy(() -> tokens.parse("good.token.forged", null)).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> tokens.parse("good.token.forged", null)).isInstanceOf(ParseException.class);
        assertThat(verifiedTexts).containsExactly("good.token.signature", "good.token.forged", "good.token.forged");
    }

    /** Accepts only the text ending in "signature", and only before it expires, as the real verifier would. */
    private final class CountingVerifier extends JWTCallerPrincipalFactory {
        @Override
        public JWTCallerPrincipal parse(String token, JWTAuthContextInfo authContextInfo) throws ParseException {
            verifiedTexts.add(token);
            if (!token.endsWith("signature") || clock.millis() >= EXPIRES * 1000) {
                throw new ParseException("not valid");
            }
            JwtClaims claims = new JwtClaims();
            claims.setSubject("cadre-1");
            claims.setExpirationTime(org.jose4j.jwt.NumericDate.fromSeconds(EXPIRES));
            return new DefaultJWTCallerPrincipal(token, "JWT", claims);
        }
    }

    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
