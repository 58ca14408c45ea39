package org.masswork.gateway.token;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import org.masswork.gateway.route.GatewayConfig;

/**
 * The gateway as the issuer of SYSTEM tokens: its RSA key ({@code masswork.gateway.signing-key-location}, PKCS#8
 * PEM), the key's id ({@code kid}, its RFC 7638 thumbprint) in every token it signs, and the public half as a JSON Web
 * Key for {@code /oauth/jwks}. The key is read once, when first needed.
 */
@ApplicationScoped
public class LocalIssuer {

    private final Optional<String> location;
    private volatile Keys keys;

    LocalIssuer(GatewayConfig config) {
        this.location = config.signingKeyLocation();
    }

    /** Whether a signing key is configured. */
    public boolean configured() {
        return location.isPresent();
    }

    /** Signs the claims with the gateway's key, naming the key in the header. */
    public String sign(JwtClaimsBuilder claims) {
        Keys current = keys();
        return claims.jws().algorithm(SignatureAlgorithm.RS256).keyId(current.keyId()).sign(current.signing());
    }

    /** The id of the gateway's key, as its tokens name it. */
    public String keyId() {
        return keys().keyId();
    }

    public PublicKey publicKey() {
        return keys().verification();
    }

    /** The public key as a JSON Web Key (RFC 7517): what {@code /oauth/jwks} lists. */
    public JwksResource.Jwk jwk() {
        Keys current = keys();
        return new JwksResource.Jwk("RSA", "sig", "RS256", current.keyId(), current.modulus(), current.exponent());
    }

    private Keys keys() {
        if (keys == null) {
            keys = read(location.orElseThrow(() -> new IllegalStateException(
                    "masswork.gateway.signing-key-location (MASSWORK_GATEWAY_SIGNING_KEY_LOCATION) is required when clients are configured")));
        }
        return keys;
    }

    private static Keys read(String location) {
        try {
            String pem = Files.readString(Path.of(location.replaceFirst("^file:", "")), StandardCharsets.US_ASCII);
            PrivateKey key = KeyUtils.decodePrivateKey(pem, SignatureAlgorithm.RS256);
            if (!(key instanceof RSAPrivateCrtKey rsa)) {
                throw new IllegalStateException("the signing key " + location + " is not an RSA key with its public exponent");
            }
            PublicKey verification = KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(rsa.getModulus(), rsa.getPublicExponent()));
            String n = base64Url(unsigned(rsa.getModulus()));
            String e = base64Url(unsigned(rsa.getPublicExponent()));
            // RFC 7638: the SHA-256 of the required members in lexicographic order, without white space.
            String thumbprintInput = "{\"e\":\"" + e + "\",\"kty\":\"RSA\",\"n\":\"" + n + "\"}";
            String kid = base64Url(MessageDigest.getInstance("SHA-256").digest(thumbprintInput.getBytes(StandardCharsets.UTF_8)));
            return new Keys(key, verification, kid, n, e);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the signing key " + location + ": " + e.getMessage(), e);
        }
    }

    /** The big-endian bytes without the sign byte BigInteger adds, as JWK wants them (RFC 7518, section 6.3.1). */
    private static byte[] unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        return bytes.length > 1 && bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private record Keys(PrivateKey signing, PublicKey verification, String keyId, String modulus, String exponent) {
    }
}
