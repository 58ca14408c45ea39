package org.masswork.platform.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.ParseException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.util.List;
import java.util.UUID;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordingFile;
import org.eclipse.microprofile.jwt.Claims;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;
import org.junit.jupiter.api.Test;

class TokenVerifierTest {

    private static final String ISSUER = "https://masswork.example/issuer";
    private static final String COUNTY = UUID.randomUUID().toString();

    private final KeyPair keys = rsaKeys();
    private final JWTAuthContextInfo verification = new JWTAuthContextInfo(keys.getPublic(), ISSUER);
    private final TokenVerifier verifier = new TokenVerifier();

    @Test
    void shouldReadTheStandardClaimsAndTheProjectsOwnOfAVerifiedToken() throws Exception {
        JWTCallerPrincipal token = verifier.parse(signed(keys.getPrivate()), verification);

        assertThat(token.getSubject()).isEqualTo("cadre-1");
        assertThat(token.getGroups()).containsExactly("STATION_CADRE");
        assertThat(token.<Object>getClaim("county")).hasToString(COUNTY);
        assertThat(token.<Object>getClaim("department")).isNull();
    }

    @Test
    void shouldReadAClaimOutsideTheStandardsListWithoutThrowingAnExceptionInside() throws Exception {
        JWTCallerPrincipal token = verifier.parse(signed(keys.getPrivate()), verification);

        List<String> thrown = exceptionsThrownWhile(() -> {
            for (int read = 0; read < 10; read++) {
                token.getClaim("county");
                token.getClaim("station");
            }
        });

        assertThat(thrown).isEmpty();
        assertThat(((TokenVerifier.VerifiedToken) token).getClaimType("county")).isEqualTo(Claims.UNKNOWN);
        assertThat(((TokenVerifier.VerifiedToken) token).getClaimType("sub")).isEqualTo(Claims.sub);
    }

    @Test
    void shouldRefuseATokenSignedByAnotherKey() throws Exception {
        String forged = signed(rsaKeys().getPrivate());

        assertThatThrownBy(() -> verifier.parse(forged, verification)).isInstanceOf(ParseException.class);
    }

    @Test
    void shouldRefuseATokenOfAnotherIssuer() throws Exception {
        JWTAuthContextInfo otherIssuer = new JWTAuthContextInfo(keys.getPublic(), "https://elsewhere.example");

        assertThatThrownBy(() -> verifier.parse(signed(keys.getPrivate()), otherIssuer)).isInstanceOf(ParseException.class);
    }

    private static String signed(PrivateKey key) throws JoseException {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setSubject("cadre-1");
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(60);
        claims.setStringListClaim("groups", "STATION_CADRE");
        claims.setClaim("county", COUNTY);
        claims.setClaim("station", UUID.randomUUID().toString());
        JsonWebSignature signature = new JsonWebSignature();
        signature.setPayload(claims.toJson());
        signature.setKey(key);
        signature.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        signature.setHeader("typ", "JWT");
        return signature.getCompactSerialization();
    }

    /** The classes of the exceptions constructed while the work ran, as the JVM's flight recorder saw them. */
    private static List<String> exceptionsThrownWhile(Runnable work) throws Exception {
        Path file = Files.createTempFile("exceptions", ".jfr");
        try (Recording recording = new Recording()) {
            recording.enable("jdk.JavaExceptionThrow");
            recording.start();
            work.run();
            recording.stop();
            recording.dump(file);
            return RecordingFile.readAllEvents(file).stream()
                    .map(event -> event.getClass("thrownClass").getName())
                    .toList();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static KeyPair rsaKeys() {
        try {
            RsaJsonWebKey key = RsaJwkGenerator.generateJwk(2048);
            return new KeyPair(key.getRsaPublicKey(), key.getRsaPrivateKey());
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }
}
