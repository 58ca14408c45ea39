package org.masswork.platform.token;

import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.util.UUID;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/** Tokens signed as an identity provider would sign a cadre's, with a key of their own, and the rules that verify them. */
final class SignedTokens {

    static final String ISSUER = "https://masswork.example/issuer";
    static final String COUNTY = UUID.randomUUID().toString();

    private final KeyPair keys = rsaKeys();

    JWTAuthContextInfo verification() {
        return new JWTAuthContextInfo(keys.getPublic(), ISSUER);
    }

    String cadre() throws JoseException {
        return signed(keys.getPrivate());
    }

    static String signed(PrivateKey key) throws JoseException {
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

    static KeyPair rsaKeys() {
        try {
            RsaJsonWebKey key = RsaJwkGenerator.generateJwk(2048);
            return new KeyPair(key.getRsaPublicKey(), key.getRsaPrivateKey());
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }
}
