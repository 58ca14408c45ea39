package org.masswork.infra;

import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestTokensTest {

    @Test
    void cadreTokenVerifiesWithThePublishedKey() throws Exception {
        UUID cadre = UUID.randomUUID();
        UUID station = UUID.randomUUID();
        UUID township = UUID.randomUUID();

        JwtClaims claims = consumer(TestTokens.publicKeyPem()).processToClaims(TestTokens.cadre(cadre, station, township));

        assertEquals("masswork-local", claims.getIssuer());
        assertEquals(cadre.toString(), claims.getClaimValueAsString("upn"));
        assertEquals(List.of("CADRE"), claims.getStringListClaimValue("groups"));
        assertEquals(station.toString(), claims.getClaimValueAsString("station"));
        assertEquals(township.toString(), claims.getClaimValueAsString("township"));
    }

    @Test
    void expiredAndForgedTokensAreRejected() throws Exception {
        JwtConsumer consumer = consumer(TestTokens.publicKeyPem());
        InvalidJwtException expired = assertThrows(InvalidJwtException.class,
                () -> consumer.processToClaims(TestTokens.expired()));
        assertTrue(expired.hasExpired());
        assertThrows(InvalidJwtException.class, () -> consumer.processToClaims(TestTokens.forged()));
    }

    @Test
    void devKeysAreWrittenOnceWithAPrivateKeyOnlyTheOwnerReads(@TempDir Path dir) throws Exception {
        DevKeys.ensure(dir);
        Path privateKey = dir.resolve("jwt-private.pem");
        String first = Files.readString(privateKey);
        DevKeys.ensure(dir);

        assertEquals(first, Files.readString(privateKey));
        assertTrue(first.startsWith("-----BEGIN PRIVATE KEY-----"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(privateKey)));
        consumer(dir.resolve("jwt-public.pem"));
    }

    private static JwtConsumer consumer(Path publicKeyPem) throws Exception {
        return new JwtConsumerBuilder()
                .setVerificationKey(readPublicKey(publicKeyPem))
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
                .setExpectedIssuer("masswork-local")
                .setRequireExpirationTime()
                .build();
    }

    private static PublicKey readPublicKey(Path pem) throws Exception {
        String base64 = Files.readString(pem)
                .replace("-----BEGIN PUBLIC KEY-----", "")
                .replace("-----END PUBLIC KEY-----", "")
                .replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }
}
