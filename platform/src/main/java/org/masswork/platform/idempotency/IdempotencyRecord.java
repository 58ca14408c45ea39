package org.masswork.platform.idempotency;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A create that carried an Idempotency-Key: which caller sent it, a hash of what they sent, and the id of what it
 * created. Not the answer itself: a replay reads the resource again, with the caller's access and masking of today.
 */
@Entity
@Table(name = "idempotency_record")
@IdClass(IdempotencyRecord.Key.class)
public class IdempotencyRecord extends PanacheEntityBase {

    @Id
    public String operation;

    /** The token's subject: one caller's key never answers another's request. */
    @Id
    public String caller;

    @Id
    @Column(name = "idempotency_key")
    public String key;

    @Column(name = "request_hash", nullable = false)
    public String requestHash;

    @Column(name = "resource_id", nullable = false)
    public UUID resourceId;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    public record Key(String operation, String caller, String key) implements Serializable {
        public Key() {
            this(null, null, null);
        }
    }
}
