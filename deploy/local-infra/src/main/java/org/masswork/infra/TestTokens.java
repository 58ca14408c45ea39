package org.masswork.infra;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Mints RS256 JWTs for tests with one key pair per JVM; services verify them with {@link #publicKeyPem()}. Every token
 * carries the API's audience ({@link #AUDIENCE}) and an {@code iat}, as the services and the gateway require.
 */
public final class TestTokens {

    public static final String ISSUER = "masswork-local";
    /** The audience the services and the gateway accept ({@code mp.jwt.verify.audiences}). */
    public static final String AUDIENCE = "masswork-api";
    private static final Duration LIFESPAN = Duration.ofHours(1);
    /** The default county every migrated row belongs to (platform {@code Counties.DEFAULT_ID}). */
    public static final UUID DEFAULT_COUNTY = UUID.fromString("8d837056-80bf-42ce-9c1c-0b5a8d5a5eaa");
    private static final String COUNTY_CLAIM = "county";

    private TestTokens() {
    }

    private static final class Keys {
        static final KeyPair SIGNING = Pem.newRsaKeyPair();
        static final Path PUBLIC_PEM = writePem("masswork-jwt-public-", file -> Pem.writePublicKey(file, SIGNING.getPublic()));

        private static Path writePem(String prefix, Consumer<Path> writer) {
            try {
                Path file = Files.createTempFile(prefix, ".pem");
                file.toFile().deleteOnExit();
                writer.accept(file);
                return file;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write a test key", e);
            }
        }
    }

    /** Written only when asked for: the system tests give it to the gateway, which signs SYSTEM tokens with it. */
    private static final class PrivateKeyFile {
        static final Path PEM = Keys.writePem("masswork-jwt-private-", file -> Pem.writePrivateKey(file, Keys.SIGNING.getPrivate()));
    }

    private static final class ForeignKey {
        static final KeyPair PAIR = Pem.newRsaKeyPair();
    }

    /** The PEM file of the public key that verifies every token minted here (except {@link #forged()}). */
    public static Path publicKeyPem() {
        return Keys.PUBLIC_PEM;
    }

    /** The PEM file of the private key that signs the tokens minted here. */
    public static Path privateKeyPem() {
        return PrivateKeyFile.PEM;
    }

    public static String token(String subject, Set<String> roles, Map<String, Object> extraClaims) {
        return mint(subject, roles, extraClaims, LIFESPAN, Keys.SIGNING.getPrivate());
    }

    /**
     * A token of a county role for another county than the default one (which every other token here names in its
     * {@code county} claim unless the claims given name one).
     */
    public static String inCounty(UUID county, String subject, Set<String> roles, Map<String, Object> extraClaims) {
        Map<String, Object> claims = new java.util.HashMap<>(extraClaims);
        claims.put(COUNTY_CLAIM, county.toString());
        return token(subject, roles, claims);
    }

    /** A province role's token: no county. */
    public static String province(String subject, String role) {
        return sign(claims(subject, Set.of(role)).remove(COUNTY_CLAIM));
    }

    public static String countyAdmin() {
        return token("county-admin", Set.of("COUNTY_ADMIN"), Map.of());
    }

    public static String cadre(UUID cadreId, UUID stationId, UUID townshipId) {
        return token(cadreId.toString(), Set.of("CADRE"), Map.of(
                "cadre", cadreId.toString(),
                "station", stationId.toString(),
                "township", townshipId.toString()));
    }

    public static String townshipOfficer(UUID townshipId) {
        return token("township-officer-" + townshipId, Set.of("TOWNSHIP_OFFICER"),
                Map.of("township", townshipId.toString()));
    }

    public static String villager(UUID villagerId) {
        return token(villagerId.toString(), Set.of("VILLAGER"), Map.of("villager", villagerId.toString()));
    }

    public static String system(String clientName) {
        return token(clientName, Set.of("SYSTEM"), Map.of());
    }

    /** A county admin token that expired an hour ago. */
    public static String expired() {
        Instant now = Instant.now();
        return sign(claims("county-admin", Set.of("COUNTY_ADMIN"), Map.of(), now.minus(Duration.ofHours(2)),
                now.minus(LIFESPAN)), Keys.SIGNING.getPrivate());
    }

    /** A well-formed county admin token signed by a key the services do not trust. */
    public static String forged() {
        Instant now = Instant.now();
        return sign(claims("county-admin", Set.of("COUNTY_ADMIN"), Map.of(), now, now.plus(LIFESPAN)),
                ForeignKey.PAIR.getPrivate());
    }

    /**
     * The claims of a valid token for one hour, to change before {@link #sign(JwtClaimsBuilder)}: a test that needs an
     * unusual token (another audience, none, a long lifetime) starts from these, e.g.
     * {@code TestTokens.sign(TestTokens.claims("x", Set.of("COUNTY_ADMIN")).remove("aud"))}.
     */
    public static JwtClaimsBuilder claims(String subject, Set<String> roles) {
        Instant now = Instant.now();
        return claims(subject, roles, Map.of(), now, now.plus(LIFESPAN));
    }

    /** Signs claims with the key the services trust. */
    public static String sign(JwtClaimsBuilder claims) {
        return sign(claims, Keys.SIGNING.getPrivate());
    }

    /** Signs a token with the given key, as the local stack's token command does with its own key. */
    static String mint(String subject, Set<String> roles, Map<String, Object> extraClaims, Duration lifespan, PrivateKey key) {
        Instant now = Instant.now();
        return sign(claims(subject, roles, extraClaims, now, now.plus(lifespan)), key);
    }

    static JwtClaimsBuilder claims(String subject, Set<String> roles, Map<String, Object> extraClaims,
                                   Instant issuedAt, Instant expiresAt) {
        JwtClaimsBuilder builder = Jwt.issuer(ISSUER)
                .subject(subject)
                .upn(subject)
                .groups(roles)
                .audience(AUDIENCE)
                .issuedAt(issuedAt)
                .expiresAt(expiresAt)
                .claim(COUNTY_CLAIM, DEFAULT_COUNTY.toString());
        extraClaims.forEach(builder::claim);
        return builder;
    }

    static String sign(JwtClaimsBuilder claims, PrivateKey key) {
        return claims.jws().algorithm(io.smallrye.jwt.algorithm.SignatureAlgorithm.RS256).sign(key);
    }
}
