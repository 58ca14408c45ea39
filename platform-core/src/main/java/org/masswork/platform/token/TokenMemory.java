package org.masswork.platform.token;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Tokens verified once, remembered until they expire: a cadre's app sends the same token for hours, and the RSA check
 * was a tenth of a service's CPU on a station day (docs/benchmarks). The gateway and every service keep one.
 * <p>
 * A token is remembered by the SHA-256 digest of its exact text, signature included, so a text that differs anywhere
 * is verified afresh, and memory holds 32 bytes of it rather than the text itself (about 1 KB). With the principals
 * {@link TokenVerifier} gives, which keep no raw text either, a remembered token takes 1.4 KB, not 3.8 KB: two
 * station-day bursts' 8,322 tokens had taken a quarter of cadre-service's live heap
 * (docs/benchmarks/2026-12-05-memory-after-burst.md).
 * <p>
 * A remembered token is checked for expiry on every use, so a key withdrawn from the JWKS stops a token it signed at
 * the token's expiry (at most 12 hours). Expired tokens are dropped at most once a minute, on a use.
 */
public final class TokenMemory {

    /** Enough for every active user of a county at once; past it, tokens are verified every time until some expire. */
    private static final int MAX_REMEMBERED = 20_000;
    private static final long SWEEP_INTERVAL_MILLIS = Duration.ofMinutes(1).toMillis();

    private final ConcurrentHashMap<Digest, JsonWebToken> verified = new ConcurrentHashMap<>();
    private final LongSupplier currentMillis;
    private final int capacity;
    private volatile long nextSweep;

    public TokenMemory() {
        this(System::currentTimeMillis, MAX_REMEMBERED);
    }

    public TokenMemory(LongSupplier currentMillis, int capacity) {
        this.currentMillis = currentMillis;
        this.capacity = capacity;
        this.nextSweep = currentMillis.getAsLong() + SWEEP_INTERVAL_MILLIS;
    }

    /** The token verified earlier with exactly this text, while it has not expired; null otherwise. */
    public JsonWebToken recall(String token) {
        forgetExpiredOnceAMinute();
        JsonWebToken known = verified.get(Digest.of(token));
        return known == null || expired(known) ? null : known;
    }

    /** Remembers a token just verified, unless memory is full of tokens that have not expired yet. */
    public void remember(String token, JsonWebToken verifiedToken) {
        if (verified.size() >= capacity) {
            forgetExpired();
        }
        if (verified.size() < capacity) {
            verified.put(Digest.of(token), verifiedToken);
        }
    }

    int size() {
        return verified.size();
    }

    private void forgetExpiredOnceAMinute() {
        long now = currentMillis.getAsLong();
        if (now >= nextSweep) {
            nextSweep = now + SWEEP_INTERVAL_MILLIS;
            forgetExpired();
        }
    }

    private void forgetExpired() {
        verified.values().removeIf(this::expired);
    }

    private boolean expired(JsonWebToken token) {
        return token.getExpirationTime() * 1000 <= currentMillis.getAsLong();
    }

    /** SHA-256 of a token's text, as four longs: a map key of 48 bytes with value equality. */
    private record Digest(long first, long second, long third, long fourth) {

        static Digest of(String token) {
            try {
                ByteBuffer hash = ByteBuffer.wrap(MessageDigest.getInstance("SHA-256")
                        .digest(token.getBytes(StandardCharsets.UTF_8)));
                return new Digest(hash.getLong(), hash.getLong(), hash.getLong(), hash.getLong());
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java runtime has SHA-256", e);
            }
        }
    }
}
