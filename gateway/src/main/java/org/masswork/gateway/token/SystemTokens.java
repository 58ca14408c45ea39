package org.masswork.gateway.token;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.masswork.gateway.route.GatewayConfig;

/**
 * Client credentials for county systems: a configured client id and the SHA-256 of its secret buy a short-lived
 * token with the single role {@code SYSTEM}, for the API's audience, naming the client ({@code azp}, {@code client_id}),
 * its scopes ({@code scope}) and the county it works for ({@code county}: the client's, else the default county; a
 * county system acts for its own county, whatever the call), signed with the gateway's key ({@link LocalIssuer}). What the token allows is
 * decided by {@link ClientScopes} at the edge, for every request.
 */
@ApplicationScoped
public class SystemTokens {

    /** Secrets are random strings of at least this many characters; shorter ones are refused unchecked. */
    static final int MIN_SECRET_LENGTH = 32;

    private final GatewayConfig config;
    private final LocalIssuer issuer;
    private final ClientScopes scopes;
    private final String tokenIssuer;
    private final String audience;
    private final long maxLifetimeSeconds;

    SystemTokens(GatewayConfig config, LocalIssuer issuer, ClientScopes scopes,
                 @ConfigProperty(name = "mp.jwt.verify.issuer") String usersIssuer,
                 @ConfigProperty(name = "mp.jwt.verify.audiences") List<String> audiences,
                 @ConfigProperty(name = "smallrye.jwt.time-to-live") long maxLifetimeSeconds) {
        this.config = config;
        this.issuer = issuer;
        this.scopes = scopes;
        this.tokenIssuer = config.tokenIssuer().orElse(usersIssuer);
        this.audience = audiences.get(0);
        this.maxLifetimeSeconds = maxLifetimeSeconds;
    }

    /**
     * With a client that has a secret, a missing or unreadable key stops the start instead of failing each request,
     * as does a lifespan the verifiers would refuse.
     */
    void check(@Observes StartupEvent started) {
        if (config.clients().values().stream().anyMatch(client -> client.secretSha256().isPresent())) {
            issuer.keyId();
        }
        if (config.systemTokenLifespan().toSeconds() > maxLifetimeSeconds) {
            throw new IllegalStateException("masswork.gateway.system-token-lifespan (" + config.systemTokenLifespan()
                    + ") is longer than tokens may be issued for (smallrye.jwt.time-to-live, " + maxLifetimeSeconds + " s)");
        }
    }

    /** The client id, when the secret is the configured one. */
    public Optional<String> authenticate(String clientId, String secret) {
        if (clientId == null || secret == null || secret.length() < MIN_SECRET_LENGTH) {
            return Optional.empty();
        }
        GatewayConfig.Client client = config.clients().get(clientId);
        if (client == null || client.secretSha256().isEmpty()) {
            return Optional.empty();
        }
        byte[] expected = HexFormat.of().parseHex(client.secretSha256().get().trim().toLowerCase());
        return MessageDigest.isEqual(expected, sha256(secret)) ? Optional.of(clientId) : Optional.empty();
    }

    /**
     * The scopes a token for the client gets: those asked for (space-separated), or all the client's when none are.
     * Empty when one asked for is not the client's (RFC 6749 {@code invalid_scope}).
     */
    public Optional<Set<String>> grant(String clientId, String requested) {
        Set<String> allowed = scopes.of(clientId);
        if (requested == null || requested.isBlank()) {
            return Optional.of(allowed);
        }
        Set<String> asked = new LinkedHashSet<>(Arrays.asList(requested.trim().split("\\s+")));
        return allowed.containsAll(asked) ? Optional.of(asked) : Optional.empty();
    }

    public IssuedToken issue(String clientId, Set<String> granted) {
        Duration lifespan = config.systemTokenLifespan();
        String scope = String.join(" ", granted);
        String token = issuer.sign(Jwt.issuer(tokenIssuer)
                .subject(clientId)
                .upn(clientId)
                .groups(Set.of(ClientScopes.SYSTEM))
                .audience(audience)
                .claim("azp", clientId)
                .claim("client_id", clientId)
                .claim("scope", scope)
                .claim(CountyScope.COUNTY_CLAIM, config.clients().get(clientId).countyOrDefault().toString())
                .claim("jti", UUID.randomUUID().toString())
                .expiresIn(lifespan));
        return new IssuedToken(token, "Bearer", lifespan.toSeconds(), scope);
    }

    private static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
