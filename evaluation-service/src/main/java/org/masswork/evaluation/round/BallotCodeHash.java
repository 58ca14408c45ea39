package org.masswork.evaluation.round;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.logging.Logger;
import org.masswork.evaluation.EvaluationRules;

/**
 * What is stored of a ballot code: HMAC-SHA256 under {@code masswork.evaluation.ballot-code-key} of the round and
 * the code, so that someone holding the printed codes and the database, but not the key, cannot tell which row
 * is which code. A round opened without a key (or before keys) hashes its codes with plain SHA-256, and keeps
 * doing so until it closes.
 */
@ApplicationScoped
public class BallotCodeHash {

    private static final Logger LOG = Logger.getLogger(BallotCodeHash.class);

    private final Optional<SecretKeySpec> key;

    BallotCodeHash(EvaluationRules rules) {
        this.key = rules.ballotCodeKey().filter(k -> !k.isBlank())
                .map(k -> new SecretKeySpec(k.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    }

    void warnWithoutKey(@Observes StartupEvent started) {
        if (key.isEmpty()) {
            LOG.warn("masswork.evaluation.ballot-code-key is not set: ballot codes of new rounds are hashed with plain "
                    + "SHA-256, so whoever holds both the printed codes and the database can find an open round's code rows");
        }
    }

    /** Whether rounds opened now get keyed codes. */
    public boolean keyed() {
        return key.isPresent();
    }

    public String of(UUID roundId, boolean keyedRound, String code) {
        try {
            if (!keyedRound) {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.US_ASCII)));
            }
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key.orElseThrow(() -> new IllegalStateException(
                    "round " + roundId + " has keyed ballot codes but masswork.evaluation.ballot-code-key is not set")));
            return HexFormat.of().formatHex(mac.doFinal((roundId + ":" + code).getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
