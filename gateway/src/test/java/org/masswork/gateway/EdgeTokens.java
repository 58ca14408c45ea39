package org.masswork.gateway;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
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

/**
 * Tokens for the gateway's tests. Its own key pair rather than TestTokens': the gateway signs SYSTEM
 * tokens with the private key and verifies every token with the public one, and TestTokens does not give
 * out its private key.
 */
final class EdgeTokens {

    static final String ISSUER = "masswork-local";
    private static final KeyPair TRUSTED = newKeyPair();
    private static final KeyPair FOREIGN = newKeyPair();
    static final Path PRIVATE_KEY_PEM = writePem("PRIVATE KEY", TRUSTED.getPrivate());
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

    static String publicKeyPem() {
        try {
            return Files.readString(PUBLIC_KEY_PEM);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sign(String issuer, String subject, Set<String> roles, Instant expiresAt, PrivateKey key) {
        return Jwt.issuer(issuer).subject(subject).upn(subject).groups(roles)
                .issuedAt(expiresAt.minus(Duration.ofHours(2))).expiresAt(expiresAt)
                .jws().algorithm(SignatureAlgorithm.RS256).sign(key);
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
