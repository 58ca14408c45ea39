package org.masswork.platform.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.masswork.platform.persistence.InsertBatch;
import org.masswork.platform.problem.RuleViolationProblem;
import org.masswork.platform.security.CallerScope;
import org.masswork.platform.language.Text;

/**
 * Makes a create safe to replay: the mobile app queues requests offline and sends them again, and the same
 * Idempotency-Key must give the first result, not a second record.
 * <ul>
 * <li>Keys are the caller's own: another caller sending the same key creates its own record.</li>
 * <li>A replay reads the created resource again through the operation's own read, so the caller's access is
 * checked, personal data is masked and the access audited as on any read; no answer is stored.</li>
 * <li>A key is kept {@value #KEPT_HOURS} hours ({@link IdempotencyPurge}); after that it is free again.</li>
 * <li>Two requests with one key at the same moment: the second to commit is refused with 409
 * {@code idempotency-key-in-use} (the record's primary key decides) and gets the first result when it retries;
 * a {@link ReplayedOnConflict} create runs again itself and answers the first result at once.</li>
 * <li>The key's record is read before the work, except in a {@link ReplayedOnConflict} create's first run.</li>
 * </ul>
 */
@ApplicationScoped
public class IdempotentCreates {

    public static final String HEADER = "Idempotency-Key";
    /** Client-chosen keys: UUIDs or similar opaque tokens. */
    public static final String KEY_PATTERN = "^[A-Za-z0-9_.:-]{8,100}$";
    /** The record's primary key; a concurrent duplicate breaks it at commit. */
    public static final String KEY_CONSTRAINT = "idempotency_record_pkey";
    static final int KEPT_HOURS = 24;
    static final Duration KEPT = Duration.ofHours(KEPT_HOURS);

    private final ObjectMapper mapper;
    private final CallerScope caller;
    private final InsertBatch inserts;

    IdempotentCreates(ObjectMapper mapper, CallerScope caller, InsertBatch inserts) {
        this.mapper = mapper;
        this.caller = caller;
        this.inserts = inserts;
    }

    /**
     * Runs {@code create} once per caller and key.
     *
     * @param idOf   the id of what {@code create} made
     * @param replay reads that resource again as the operation's own read does (access, masking, audit)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> T once(String operation, String key, Object request, Function<T, UUID> idOf, Function<UUID, T> replay,
                      Supplier<T> create) {
        if (key == null) {
            return create.get();
        }
        String requestHash = hash(request);
        IdempotencyRecord.Key id = new IdempotencyRecord.Key(operation, caller(), key);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (!KeyReading.takeUnread()) {
            IdempotencyRecord earlier = IdempotencyRecord.findById(id);
            if (earlier != null && earlier.createdAt.isAfter(now.minus(KEPT))) {
                if (!earlier.requestHash.equals(requestHash)) {
                    throw new RuleViolationProblem("idempotency-key-reused", Text.of("该 Idempotency-Key 已用于另一个不同的请求",
                            "was already used for a different request"), HEADER);
                }
                return replay.apply(earlier.resourceId);
            }
            if (earlier != null) {
                earlier.delete();
            }
        }
        T created = create.get();
        IdempotencyRecord record = new IdempotencyRecord();
        record.operation = operation;
        record.caller = id.caller();
        record.key = key;
        record.requestHash = requestHash;
        record.resourceId = idOf.apply(created);
        record.createdAt = now;
        inserts.add(record);
        return created;
    }

    private String caller() {
        String subject = caller.subject();
        return subject == null ? "" : subject;
    }

    private String hash(Object request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(mapper.writeValueAsString(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + request.getClass(), e);
        }
    }
}
