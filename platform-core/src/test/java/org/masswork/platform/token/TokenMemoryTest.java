package org.masswork.platform.token;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import java.lang.ref.WeakReference;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Test;

class TokenMemoryTest {

    private static final long EXPIRES = 1_800_000_000L;

    private final AtomicLong now = new AtomicLong((EXPIRES - 3600) * 1000);
    private final TokenMemory memory = new TokenMemory(now::get, 3);

    @Test
    void shouldRecallATokenByItsExactTextOnly() {
        JsonWebToken verified = expiringAt(EXPIRES);
        memory.remember("header.claims.signature", verified);

        assertThat(memory.recall(new String("header.claims.signature".toCharArray()))).isSameAs(verified);
        assertThat(memory.recall("header.claims.signaturf")).isNull();
        assertThat(memory.recall("header.claimz.signature")).isNull();
    }

    @Test
    void shouldNotRecallATokenOnceItExpired() {
        memory.remember("header.claims.signature", expiringAt(EXPIRES));
        now.set(EXPIRES * 1000);

        assertThat(memory.recall("header.claims.signature")).isNull();
    }

    @Test
    void shouldMakeRoomByForgettingExpiredTokensAndOtherwiseNotGrowPastItsCapacity() {
        memory.remember("a.b.expiring-first", expiringAt(EXPIRES - 60));
        memory.remember("a.b.second", expiringAt(EXPIRES));
        memory.remember("a.b.third", expiringAt(EXPIRES));
        now.set((EXPIRES - 60) * 1000);

        memory.remember("a.b.fourth", expiringAt(EXPIRES));
        memory.remember("a.b.fifth", expiringAt(EXPIRES));

        assertThat(memory.size()).isEqualTo(3);
        assertThat(memory.recall("a.b.fourth")).isNotNull();
        assertThat(memory.recall("a.b.fifth")).isNull();
    }

    @Test
    void shouldDropExpiredTokensOnAUseOnceAMinuteHasPassed() {
        memory.remember("a.b.expiring", expiringAt(EXPIRES - 3500));
        memory.remember("a.b.valid", expiringAt(EXPIRES));
        now.addAndGet(59_000);
        memory.recall("a.b.valid");
        assertThat(memory.size()).isEqualTo(2);

        now.addAndGet(101_000);
        memory.recall("a.b.valid");

        assertThat(memory.size()).isEqualTo(1);
    }

    /** The memory's own key and the verifier's principal: neither may keep the text alive (about 1 KB a token). */
    @Test
    void shouldLetTheTextOfARememberedTokenBeCollected() throws Exception {
        SignedTokens tokens = new SignedTokens();
        TokenMemory realMemory = new TokenMemory();
        String sameText = new String(tokens.cadre().toCharArray());
        WeakReference<String> text = rememberedText(realMemory, tokens, sameText);

        for (int collection = 0; collection < 10 && text.get() != null; collection++) {
            System.gc();
        }

        assertThat(text.get()).as("the text of the token remembered").isNull();
        assertThat(realMemory.recall(sameText)).isNotNull();
    }

    /** Remembers a token verified from its own copy of the text, and lets go of that copy. */
    private static WeakReference<String> rememberedText(TokenMemory memory, SignedTokens tokens, String text) throws Exception {
        String copy = new String(text.toCharArray());
        memory.remember(copy, new TokenVerifier().parse(copy, tokens.verification()));
        return new WeakReference<>(copy);
    }

    private static JsonWebToken expiringAt(long epochSecond) {
        JwtClaims claims = new JwtClaims();
        claims.setSubject("cadre-1");
        claims.setExpirationTime(NumericDate.fromSeconds(epochSecond));
        return new DefaultJWTCallerPrincipal("JWT", claims);
    }
}
