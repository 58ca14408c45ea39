package org.masswork.platform.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.function.Supplier;
import org.masswork.platform.privacy.PersonalDataCipher;
import org.masswork.platform.privacy.PersonalDataKeys;
import org.masswork.platform.problem.RuleViolationProblem;

/**
 * Makes a create safe to replay: the mobile app queues requests offline and sends them again, and
 * the same Idempotency-Key must give the first result, not a second record. The stored first result
 * copies whatever personal data it showed, so it is encrypted when the service has personal data keys.
 */
@ApplicationScoped
public class IdempotentCreates {

    public static final String HEADER = "Idempotency-Key";
    /** Client-chosen keys: UUIDs or similar opaque tokens. */
    public static final String KEY_PATTERN = "^[A-Za-z0-9_.:-]{8,100}$";

    private final EntityManager entityManager;
    private final ObjectMapper mapper;
    private final PersonalDataKeys keys;
    private final Instance<PersonalDataCipher> cipher;

    IdempotentCreates(EntityManager entityManager, ObjectMapper mapper, PersonalDataKeys keys, Instance<PersonalDataCipher> cipher) {
        this.entityManager = entityManager;
        this.mapper = mapper;
        this.keys = keys;
        this.cipher = cipher;
    }

    /**
     * Runs {@code create} once per key. The key row is claimed first, so a concurrent duplicate waits on
     * it and then reads the stored response instead of creating again.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> T once(String operation, String key, Object request, Class<T> responseType, Supplier<T> create) {
        if (key == null) {
            return create.get();
        }
        String requestHash = hash(request);
        int claimed = entityManager.createNativeQuery("""
                        insert into idempotency_record (operation, idempotency_key, request_hash, created_at)
                        values (:operation, :key, :hash, :now) on conflict do nothing""")
                .setParameter("operation", operation)
                .setParameter("key", key)
                .setParameter("hash", requestHash)
                .setParameter("now", OffsetDateTime.now(ZoneOffset.UTC))
                .executeUpdate();
        IdempotencyRecord record = IdempotencyRecord.findById(new IdempotencyRecord.Key(operation, key));
        if (claimed == 0) {
            if (!record.requestHash.equals(requestHash)) {
                throw new RuleViolationProblem("idempotency-key-reused",
                        "This Idempotency-Key was already used for a different request", HEADER);
            }
            return read(open(record.response), responseType);
        }
        T response = create.get();
        record.response = seal(write(response));
        return response;
    }

    /** Encrypted when the service keeps personal data (it has keys); a service without any stores it as it is. */
    private String seal(String json) {
        return keys.configured() ? cipher.get().encrypt(json) : json;
    }

    private String open(String stored) {
        return PersonalDataCipher.isCiphertext(stored) ? cipher.get().decrypt(stored) : stored;
    }

    private String hash(Object request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(write(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass(), e);
        }
    }

    private <T> T read(String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read stored response as " + type, e);
        }
    }
}
