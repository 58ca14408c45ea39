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
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
    void everyCountyRoleWorksForTheDefaultCountyUnlessTheTokenNamesAnotherAndProvinceRolesForNone() throws Exception {
        JwtConsumer consumer = consumer(TestTokens.publicKeyPem());
        UUID other = UUID.randomUUID();

        assertEquals(TestTokens.DEFAULT_COUNTY.toString(),
                consumer.processToClaims(TestTokens.countyAdmin()).getClaimValueAsString("county"));
        JwtClaims elsewhere = consumer.processToClaims(TestTokens.inCounty(other, "officer", Set.of("TOWNSHIP_OFFICER"),
                Map.of("township", UUID.randomUUID().toString())));
        assertEquals(other.toString(), elsewhere.getClaimValueAsString("county"));
        JwtClaims province = consumer.processToClaims(TestTokens.province("province-admin", "PROVINCE_ADMIN"));
        assertFalse(province.hasClaim("county"));
        assertEquals(List.of("PROVINCE_ADMIN"), province.getStringListClaimValue("groups"));
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
    void tokensCarryTheAudienceAndWhenTheyWereIssued() throws Exception {
        JwtClaims claims = consumer(TestTokens.publicKeyPem()).processToClaims(TestTokens.countyAdmin());

        assertEquals(List.of("masswork-api"), claims.getAudience());
        assertTrue(claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue() <= 3600);
    }

    @Test
    void localTokensTakeTypedClaimsTheSubjectTimesAndAudience(@TempDir Path root) throws Exception {
        DevKeys.ensure(root.resolve(".local/keys"));
        Instant now = Instant.now();
        String token = LocalToken.mint(root, TokenArguments.parse("CADRE", List.of("sub=cadre-2", "station=\"42\"",
                "visits=12", "share=0.5", "confirmed=true", "groups=[CADRE,STATION_LEADER]", "tags=[a,7,false]",
                "iat=-2h", "exp=+30m", "aud=[masswork-api,other-api]"), now));

        JwtClaims claims = consumer(root.resolve(".local/keys/jwt-public.pem")).processToClaims(token);

        assertEquals("cadre-2", claims.getSubject());
        assertEquals("42", claims.getClaimValue("station"));
        assertEquals(12L, claims.getClaimValue("visits"));
        assertEquals(0.5, claims.getClaimValue("share"));
        assertEquals(true, claims.getClaimValue("confirmed"));
        assertEquals(List.of("CADRE", "STATION_LEADER"), claims.getStringListClaimValue("groups"));
        assertEquals(List.of("a", 7L, false), claims.getClaimValue("tags"));
        assertEquals(List.of("masswork-api", "other-api"), claims.getAudience());
        assertEquals(now.minusSeconds(7200).getEpochSecond(), claims.getIssuedAt().getValue());
        assertEquals(now.plusSeconds(1800).getEpochSecond(), claims.getExpirationTime().getValue());
    }

    @Test
    void localTokensCanBeExpiredOrWithoutAudience(@TempDir Path root) throws Exception {
        DevKeys.ensure(root.resolve(".local/keys"));
        JwtConsumer consumer = consumer(root.resolve(".local/keys/jwt-public.pem"));
        Instant now = Instant.now();

        InvalidJwtException expired = assertThrows(InvalidJwtException.class, () -> consumer.processToClaims(
                LocalToken.mint(root, TokenArguments.parse("COUNTY_ADMIN", List.of("exp=-1h"), now))));
        assertTrue(expired.hasExpired());
        assertThrows(InvalidJwtException.class, () -> consumer.processToClaims(
                LocalToken.mint(root, TokenArguments.parse("COUNTY_ADMIN", List.of("aud=[]"), now))));
        assertEquals(Instant.parse("2030-01-01T00:00:00Z"), TokenArguments.time("exp", "2030-01-01T00:00:00Z", now));
        assertEquals(Instant.ofEpochSecond(1893456000L), TokenArguments.time("exp", "1893456000", now));
        assertThrows(IllegalArgumentException.class, () -> TokenArguments.parse("CADRE", List.of("station"), now));
        assertThrows(IllegalArgumentException.class, () -> TokenArguments.time("exp", "tomorrow", now));
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
                .setExpectedAudience("masswork-api")
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
