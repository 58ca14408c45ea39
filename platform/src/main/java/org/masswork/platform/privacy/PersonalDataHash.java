package org.masswork.platform.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A keyed hash (HMAC-SHA256) of a personal data value, for the places that must find or compare values
 * exactly (a unique constraint, a search by phone) while the value itself is stored encrypted: equal
 * inputs give equal hashes, but without the key nobody can test a guess (a phone number has few enough
 * possibilities to try them all against a plain hash). Inputs are normalised first, and the purpose is
 * hashed with the value, so a name and a phone with the same text never share a hash. Stored as 64
 * lower-case hex digits.
 */
public final class PersonalDataHash {

    /** What a hashed value is, so hashes of different kinds never compare equal. */
    public enum Purpose {
        /** A person's name: NFKC, surrounding and repeated white space removed. */
        NAME,
        /** A phone number: digits only, without a leading 86 country code. */
        PHONE
    }

    private static final String ALGORITHM = "HmacSHA256";
    private static final int MIN_KEY_BYTES = 32;

    private final SecretKeySpec key;

    public PersonalDataHash(byte[] key) {
        if (key == null || key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("the personal data hash key (masswork.privacy.hash-key) must be at least "
                    + MIN_KEY_BYTES + " bytes, base64");
        }
        this.key = new SecretKeySpec(key, ALGORITHM);
    }

    public static PersonalDataHash fromBase64(String base64) {
        return new PersonalDataHash(PersonalDataCipher.decodeKey("hash-key", base64));
    }

    /** {@code null} stays {@code null}. */
    public String of(Purpose purpose, String value) {
        if (value == null) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update(purpose.name().getBytes(StandardCharsets.US_ASCII));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(normalise(purpose, value).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot compute a personal data hash", e);
        }
    }

    static String normalise(Purpose purpose, String value) {
        return switch (purpose) {
            case NAME -> Normalizer.normalize(value, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ");
            case PHONE -> {
                String digits = Normalizer.normalize(value, Normalizer.Form.NFKC).replaceAll("[^0-9]", "");
                yield digits.length() == 13 && digits.startsWith("86") ? digits.substring(2) : digits;
            }
        };
    }
}
