package org.masswork.gateway;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;
import org.masswork.platform.county.Counties;

/**
 * Tokens for the gateway's tests, signed as an identity provider would ({@link #TRUSTED}, verified with
 * {@link #PUBLIC_KEY_PEM}); the gateway signs SYSTEM tokens with a key of its own ({@link #SIGNING_KEY_PEM}). As
 * {@code TestTokens} does for the services, every token names the default county in its {@code county} claim unless
 * the test says otherwise ({@link #inCounty}, {@link #withoutCounty}, {@link #province}).
 */
final class EdgeTokens {

    static final String ISSUER = "masswork-local";
    static final String AUDIENCE = "masswork-api";
    static final String COUNTY = "county";
    private static final KeyPair TRUSTED = newKeyPair();
    private static final KeyPair FOREIGN = newKeyPair();
    /**
     * The gateway's own signing key for SYSTEM tokens: not the identity provider's ({@link #TRUSTED}), so the tests
     * prove the gateway accepts the tokens it signs without the services' key location naming its key.
     */
    private static final KeyPair SYSTEM_SIGNING = newKeyPair();
    static final Path SIGNING_KEY_PEM = writePem("PRIVATE KEY", SYSTEM_SIGNING.getPrivate());
    static final Path PUBLIC_KEY_PEM = writePem("PUBLIC KEY", TRUSTED.getPublic());

    private EdgeTokens() {
    }

    /** A county admin with a subject of its own, so no two tests share a rate limit. */
    static String countyAdmin() {
        return token("county-admin-" + UUID.randomUUID(), Set.of("COUNTY_ADMIN"));
    }

    static String token(String subject, Set<String> roles) {
        return sign(ISSUER, subject, roles, Instant.now().plus(Duration.ofHours(1)), TRUSTED.getPrivate());
    }

    /** A token of county roles for the county of the test's choosing. */
    static String inCounty(UUID county, String subject, Set<String> roles) {
        return sign(claims(subject, roles, Instant.now().plus(Duration.ofHours(1))).claim(COUNTY, county.toString()));
    }

    /** A token of the roles given that names no county: refused at the edge for any county role. */
    static String withoutCounty(String subject, Set<String> roles) {
        return sign(claims(subject, roles, Instant.now().plus(Duration.ofHours(1))).remove(COUNTY));
    }

    /** A province role's token (PROVINCE_ADMIN, PROVINCE_INSPECTOR): no county. */
    static String province(String subject, String role) {
        return withoutCounty(subject, Set.of(role));
    }

    static String expired() {
        return sign(ISSUER, "county-admin", Set.of("COUNTY_ADMIN"), Instant.now().minus(Duration.ofHours(1)), TRUSTED.getPrivate());
    }

    static String forged() {
        return sign(ISSUER, "county-admin", Set.of("COUNTY_ADMIN"), Instant.now().plus(Duration.ofHours(1)), FOREIGN.getPrivate());
    }

    static String fromAnotherIssuer() {
        return sign("https://idp.elsewhere.test", "county-admin", Set.of("COUNTY_ADMIN"), Instant.now().plus(Duration.ofHours(1)),
                TRUSTED.getPrivate());
    }

    /** A valid token but for another API of the county. */
    static String forAnotherAudience() {
        return sign(claims("county-admin-" + UUID.randomUUID(), Set.of("COUNTY_ADMIN"), Instant.now().plus(Duration.ofHours(1)))
                .audience("other-api"));
    }

    /** A valid token that names no audience at all. */
    static String withoutAudience() {
        return sign(claims("county-admin-" + UUID.randomUUID(), Set.of("COUNTY_ADMIN"), Instant.now().plus(Duration.ofHours(1)))
                .remove("aud"));
    }

    /** Issued now and valid for ten years: longer than any token may be issued for (smallrye.jwt.time-to-live). */
    static String forTenYears() {
        Instant now = Instant.now();
        return sign(claims("county-admin-" + UUID.randomUUID(), Set.of("COUNTY_ADMIN"), now.plus(Duration.ofDays(3653)))
                .issuedAt(now));
    }

    /** A token with claims of the test's choosing, signed with the trusted key. */
    static String sign(JwtClaimsBuilder claims) {
        return claims.jws().algorithm(SignatureAlgorithm.RS256).sign(TRUSTED.getPrivate());
    }

    /** The claims of a valid token for this API (one hour left of two), to change before {@link #sign(JwtClaimsBuilder)}. */
    static JwtClaimsBuilder claims(String subject, Set<String> roles, Instant expiresAt) {
        return Jwt.issuer(ISSUER).subject(subject).upn(subject).groups(roles).audience(AUDIENCE)
                .issuedAt(expiresAt.minus(Duration.ofHours(2))).expiresAt(expiresAt).claim(COUNTY, Counties.DEFAULT_ID.toString());
    }

    static String publicKeyPem() {
        try {
            return Files.readString(PUBLIC_KEY_PEM);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sign(String issuer, String subject, Set<String> roles, Instant expiresAt, PrivateKey key) {
        return claims(subject, roles, expiresAt).issuer(issuer).jws().algorithm(SignatureAlgorithm.RS256).sign(key);
    }

    private static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path writePem(String type, Key key) {
        String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(key.getEncoded());
        try {
            Path file = Files.createTempFile("gateway-test-", ".pem");
            file.toFile().deleteOnExit();
            Files.writeString(file, "-----BEGIN " + type + "-----\n" + base64 + "\n-----END " + type + "-----\n");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
