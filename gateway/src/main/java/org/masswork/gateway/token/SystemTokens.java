package org.masswork.gateway.token;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.masswork.gateway.route.GatewayConfig;

/**
 * Client credentials for county systems: a configured client id and the SHA-256 of its secret buy a
 * short-lived token with the single role {@code SYSTEM}, signed with the gateway's key.
 */
@ApplicationScoped
public class SystemTokens {

    /** Secrets are random strings of at least this many characters; shorter ones are refused unchecked. */
    static final int MIN_SECRET_LENGTH = 32;

    private final GatewayConfig config;
    private final String issuer;
    private volatile PrivateKey signingKey;

    SystemTokens(GatewayConfig config, @ConfigProperty(name = "mp.jwt.verify.issuer") String issuer) {
        this.config = config;
        this.issuer = issuer;
    }

    /** With clients configured, a missing or unreadable key stops the start instead of failing each request. */
    void checkKey(@Observes StartupEvent started) {
        if (!config.clients().isEmpty()) {
            key();
        }
    }

    /** The client id, when the secret is the configured one. */
    public Optional<String> authenticate(String clientId, String secret) {
        if (clientId == null || secret == null || secret.length() < MIN_SECRET_LENGTH) {
            return Optional.empty();
        }
        GatewayConfig.Client client = config.clients().get(clientId);
        if (client == null) {
            return Optional.empty();
        }
        byte[] expected = HexFormat.of().parseHex(client.secretSha256().trim().toLowerCase());
        return MessageDigest.isEqual(expected, sha256(secret)) ? Optional.of(clientId) : Optional.empty();
    }

    public IssuedToken issue(String clientId) {
        Duration lifespan = config.systemTokenLifespan();
        String token = Jwt.issuer(issuer)
                .subject(clientId)
                .upn(clientId)
                .groups(Set.of("SYSTEM"))
                .claim("jti", UUID.randomUUID().toString())
                .expiresIn(lifespan)
                .jws().algorithm(SignatureAlgorithm.RS256)
                .sign(key());
        return new IssuedToken(token, "Bearer", lifespan.toSeconds());
    }

    private PrivateKey key() {
        if (signingKey == null) {
            String location = config.signingKeyLocation().orElseThrow(() -> new IllegalStateException(
                    "masswork.gateway.signing-key-location (MASSWORK_GATEWAY_SIGNING_KEY_LOCATION) is required when clients are configured"));
            try {
                String pem = Files.readString(Path.of(location.replaceFirst("^file:", "")), StandardCharsets.US_ASCII);
                signingKey = KeyUtils.decodePrivateKey(pem, SignatureAlgorithm.RS256);
            } catch (IOException | GeneralSecurityException e) {
                throw new IllegalStateException("cannot read the signing key " + location + ": " + e.getMessage(), e);
            }
        }
        return signingKey;
    }

    private static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
