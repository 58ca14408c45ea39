package org.masswork.platform.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One event waiting to be published, written in the same transaction as the change it describes.
 * {@code seq} gives the publishing order; {@code publishedAt} stays null until the broker acknowledged it.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    @Column(name = "event_id", nullable = false, unique = true)
    public UUID eventId;

    @Column(nullable = false)
    public String topic;

    @Column(name = "event_key", nullable = false)
    public String key;

    @Column(name = "event_type", nullable = false)
    public String type;

    /** The whole CloudEvents JSON, exactly as it goes to Kafka. */
    @Column(nullable = false, columnDefinition = "text")
    public String envelope;

    /** The event's W3C trace context (also in the envelope), so the relay's span joins its trace without parsing it. */
    @Column(length = 55)
    public String traceparent;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "last_error")
    public String lastError;
}
