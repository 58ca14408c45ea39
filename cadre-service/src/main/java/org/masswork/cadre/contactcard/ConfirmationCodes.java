package org.masswork.cadre.contactcard;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.logging.Logger;
import org.masswork.cadre.household.HouseholdWorkConfig;

/**
 * Makes and checks the one-time codes of a contact card. A code has only a million values, so what is stored of it
 * must not let a copy of the database give the codes back:
 * <ul>
 *   <li>{@link CodeHashing#HMAC_SHA256} (new cards, with {@code masswork.household-work.card.code-key} set): keyed
 *   with a secret that is not in the database, so a copy of the database alone cannot be searched at all; one HMAC per
 *   code checked. Whoever also holds the key can try all million codes of a card at once: the key is kept as the
 *   personal data keys are (the secret cadre-privacy), apart from the database and its backups.</li>
 *   <li>{@link CodeHashing#PBKDF2} (cards issued before the key, or without it): salted per card and slowed with
 *   PBKDF2 (5,000 iterations by default): a search of one card's codes in a database copy costs about an hour of
 *   a CPU core (far less on a GPU), and every confirmation 5,000 HMACs.</li>
 * </ul>
 * A card keeps the hashing it was issued with, so printed codes keep working; online guessing is stopped either way
 * by locking a card after a few wrong codes.
 */
@ApplicationScoped
public class ConfirmationCodes {

    public static final String PATTERN = "^[0-9]{6}$";
    static final String KEY_SETTING = "masswork.household-work.card.code-key";
    private static final Logger LOG = Logger.getLogger(ConfirmationCodes.class);
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final int KEY_BYTES = 32;

    private final SecureRandom random = new SecureRandom();
    private final int count;
    private final int iterations;
    private final Optional<SecretKeySpec> key;

    ConfirmationCodes(HouseholdWorkConfig config) {
        this.count = config.card().codes();
        this.iterations = config.card().hashIterations();
        this.key = config.card().codeKey().filter(k -> !k.isBlank()).map(ConfirmationCodes::key);
    }

    void checkKeyAtStart(@Observes StartupEvent started) {
        if (key.isEmpty()) {
            LOG.warn(KEY_SETTING + " is not set: the codes of new contact cards are hashed with PBKDF2, which costs "
                    + "every confirmation and slows but does not stop a search of a database copy");
        }
    }

    public String newSalt() {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return HexFormat.of().formatHex(salt);
    }

    /** How the codes of a card issued now are hashed. */
    public CodeHashing forNewCards() {
        return key.isPresent() ? CodeHashing.HMAC_SHA256 : CodeHashing.PBKDF2;
    }

    /** Distinct six-digit codes, as many as a card carries. */
    public List<String> newCodes() {
        Set<String> codes = new LinkedHashSet<>();
        while (codes.size() < count) {
            codes.add("%06d".formatted(random.nextInt(1_000_000)));
        }
        return new ArrayList<>(codes);
    }

    /** What is stored of a code of the card, as the card's hashing says. */
    public String hash(String code, ContactCard card) {
        return switch (card.codeHashing) {
            case HMAC_SHA256 -> hmac(code, card.codeSalt);
            case PBKDF2 -> pbkdf2(code, card.codeSalt);
        };
    }

    private String hmac(String code, String salt) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key.orElseThrow(() -> new IllegalStateException(
                    "a card's codes are keyed but " + KEY_SETTING + " is not set")));
            return HexFormat.of().formatHex(mac.doFinal((salt + ":" + code).getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private String pbkdf2(String code, String salt) {
        PBEKeySpec spec = new PBEKeySpec(code.toCharArray(), HexFormat.of().parseHex(salt), iterations, HASH_BITS);
        try {
            byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            return HexFormat.of().formatHex(hash);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } finally {
            spec.clearPassword();
        }
    }

    private static SecretKeySpec key(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(KEY_SETTING + " is not base64");
        }
        if (bytes.length < KEY_BYTES) {
            throw new IllegalStateException(KEY_SETTING + " must be at least " + KEY_BYTES + " random bytes, base64");
        }
        return new SecretKeySpec(bytes, "HmacSHA256");
    }
}
