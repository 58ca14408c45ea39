package org.masswork.platform.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts personal data for storage: AES-256-GCM, a random 96-bit nonce per value, stored as
 * {@code v1:<keyId>:<base64(nonce | ciphertext | tag)>}. The header ({@code v1:<keyId>}) is the
 * authenticated data, so neither the key id nor the bytes can be changed without decryption failing.
 * New values use the current key; a value written with any configured key is read, so keys rotate by
 * adding a new one and making it current. Errors name the key id, never the value.
 */
public final class PersonalDataCipher {

    public static final String VERSION = "v1";
    /** What every stored value matches; the databases' {@code personal_ciphertext} domain checks the same. */
    public static final Pattern STORED = Pattern.compile("^v1:[a-z0-9]{1,16}:[A-Za-z0-9+/]+={0,2}$");
    private static final Pattern KEY_ID = Pattern.compile("^[a-z0-9]{1,16}$");
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, SecretKey> keys;
    private final String currentKeyId;

    /**
     * @param keys         key id (lower-case letters and digits, at most 16) → 32 key bytes
     * @param currentKeyId the key new values are written with; one of {@code keys}
     */
    public PersonalDataCipher(Map<String, byte[]> keys, String currentKeyId) {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("no personal data key configured (masswork.privacy.keys.<id>)");
        }
        Map<String, SecretKey> checked = new LinkedHashMap<>();
        keys.forEach((id, bytes) -> {
            if (!KEY_ID.matcher(id).matches()) {
                throw new IllegalArgumentException("personal data key id '" + id + "' must be 1-16 lower-case letters or digits");
            }
            if (bytes == null || bytes.length != KEY_BYTES) {
                throw new IllegalArgumentException("personal data key '" + id + "' must be 32 bytes (base64 of 256 bits), not "
                        + (bytes == null ? 0 : bytes.length));
            }
            checked.put(id, new SecretKeySpec(bytes, "AES"));
        });
        if (currentKeyId == null || !checked.containsKey(currentKeyId)) {
            throw new IllegalArgumentException("the current personal data key '" + currentKeyId
                    + "' is not among the configured keys " + checked.keySet());
        }
        this.keys = Map.copyOf(checked);
        this.currentKeyId = currentKeyId;
    }

    /** From configuration: key id → base64 of the key. */
    public static PersonalDataCipher fromBase64(Map<String, String> keys, String currentKeyId) {
        Map<String, byte[]> decoded = new LinkedHashMap<>();
        keys.forEach((id, base64) -> decoded.put(id, decodeKey(id, base64)));
        return new PersonalDataCipher(decoded, currentKeyId);
    }

    static byte[] decodeKey(String name, String base64) {
        try {
            return Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("personal data key '" + name + "' is not base64", e);
        }
    }

    public String currentKeyId() {
        return currentKeyId;
    }

    public Set<String> keyIds() {
        return keys.keySet();
    }

    /** Whether a stored value has the form of a value this class writes (not whether it decrypts). */
    public static boolean isCiphertext(String stored) {
        return stored != null && STORED.matcher(stored).matches();
    }

    /** {@code null} stays {@code null}. */
    public String encrypt(String plaintext) {
        return plaintext == null ? null : encrypt(plaintext, currentKeyId);
    }

    /** With a given configured key rather than the current one: for tests of rotation. */
    public String encrypt(String plaintext, String keyId) {
        SecretKey key = key(keyId);
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        String header = VERSION + ":" + keyId;
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(header.getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            ByteBuffer stored = ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed);
            return header + ":" + Base64.getEncoder().encodeToString(stored.array());
        } catch (GeneralSecurityException e) {
            throw new PersonalDataCipherException("cannot encrypt with personal data key '" + keyId + "'", e);
        }
    }

    /** {@code null} stays {@code null}; anything else must be a value written by {@link #encrypt}. */
    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        if (!isCiphertext(stored)) {
            throw new PersonalDataCipherException("a stored personal data value is not of the form v1:<keyId>:<base64>"
                    + " (plain text, or damaged)");
        }
        int second = stored.indexOf(':', VERSION.length() + 1);
        String keyId = stored.substring(VERSION.length() + 1, second);
        SecretKey key = key(keyId);
        byte[] sealed = Base64.getDecoder().decode(stored.substring(second + 1));
        if (sealed.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new PersonalDataCipherException("a stored personal data value written with key '" + keyId + "' is too short");
        }
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            cipher.updateAAD(stored.substring(0, second).getBytes(StandardCharsets.US_ASCII));
            byte[] plain = cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new PersonalDataCipherException("a stored personal data value does not decrypt with key '" + keyId
                    + "': it was altered, or the key configured under that id is not the one that wrote it", e);
        } catch (GeneralSecurityException e) {
            throw new PersonalDataCipherException("cannot decrypt with personal data key '" + keyId + "'", e);
        }
    }

    /** The id of the key a stored value was written with. */
    public static String keyIdOf(String stored) {
        if (!isCiphertext(stored)) {
            throw new PersonalDataCipherException("not a stored personal data value");
        }
        return stored.substring(VERSION.length() + 1, stored.indexOf(':', VERSION.length() + 1));
    }

    private SecretKey key(String keyId) {
        SecretKey key = keys.get(keyId);
        if (key == null) {
            throw new PersonalDataCipherException("personal data key '" + keyId + "' is not configured (masswork.privacy.keys."
                    + keyId + ", environment MASSWORK_PRIVACY_KEYS_" + keyId.toUpperCase() + "); configured: " + keys.keySet()
                    + ". Keys that wrote stored values must stay configured until those values are re-encrypted.");
        }
        return key;
    }

    /** A value cannot be encrypted or decrypted. The message names the key id, never the value. */
    public static class PersonalDataCipherException extends IllegalStateException {
        public PersonalDataCipherException(String message) {
            super(message);
        }

        public PersonalDataCipherException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
