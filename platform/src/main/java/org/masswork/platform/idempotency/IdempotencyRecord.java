package org.masswork.platform.idempotency;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;

/** The first response to a create that carried an Idempotency-Key, kept so a replay gets it again. */
@Entity
@Table(name = "idempotency_record")
@IdClass(IdempotencyRecord.Key.class)
public class IdempotencyRecord extends PanacheEntityBase {

    @Id
    public String operation;

    @Id
    @Column(name = "idempotency_key")
    public String key;

    @Column(name = "request_hash", nullable = false)
    public String requestHash;

    @Column(columnDefinition = "text")
    public String response;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    public record Key(String operation, String key) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
