package org.masswork.cadre.contactcard;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.masswork.cadre.household.HouseholdWorkConfig;

/**
 * Makes and checks the one-time codes of a contact card. A code has only a million values, so its
 * hash is salted per card and slowed with PBKDF2; one salt per card keeps a check to one hash, and
 * online guessing is stopped by locking a card after a few wrong codes.
 */
@ApplicationScoped
public class ConfirmationCodes {

    public static final String PATTERN = "^[0-9]{6}$";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;

    private final SecureRandom random = new SecureRandom();
    private final int count;
    private final int iterations;

    ConfirmationCodes(HouseholdWorkConfig config) {
        this.count = config.card().codes();
        this.iterations = config.card().hashIterations();
    }

    public String newSalt() {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return HexFormat.of().formatHex(salt);
    }

    /** Distinct six-digit codes, as many as a card carries. */
    public List<String> newCodes() {
        Set<String> codes = new LinkedHashSet<>();
        while (codes.size() < count) {
            codes.add("%06d".formatted(random.nextInt(1_000_000)));
        }
        return new ArrayList<>(codes);
    }

    public String hash(String code, String salt) {
        PBEKeySpec spec = new PBEKeySpec(code.toCharArray(), HexFormat.of().parseHex(salt), iterations, HASH_BITS);
        try {
            byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException(e);
        } finally {
            spec.clearPassword();
        }
    }
}
