package org.masswork.platform.inbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An event that kept failing for itself with the infrastructure healthy (the dead-letter table): a consumed record
 * whose handler fails or that cannot be read, or an outbox row the broker refuses. It no longer holds back its
 * partition; it waits here, with its error, until an operator replays it.
 */
@Entity
@Table(name = "parked_event")
public class ParkedEvent extends PanacheEntityBase {

    public enum Direction {
        INCOMING, OUTGOING
    }

    public enum Resolution {
        /** Replayed and applied (incoming) or handed back to the outbox (outgoing). */
        REPLAYED,
        /** Replayed, but its event had been applied meanwhile. */
        ALREADY_APPLIED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The id the admin API shows and takes. */
    @Column(nullable = false, unique = true)
    public UUID reference = UUID.randomUUID();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Direction direction = Direction.INCOMING;

    @Column(name = "event_id")
    public UUID eventId;

    @Column(name = "event_type")
    public String eventType;

    @Column(nullable = false)
    public String topic;

    @Column(name = "kafka_partition")
    public Integer partition;

    @Column(name = "kafka_offset")
    public Long offset;

    /** The aggregate the event is about (its Kafka key). */
    @Column(name = "record_key")
    public String key;

    /** The record as received, even when it is not valid JSON. Never shown by the API: it may hold personal data. */
    @Column(nullable = false, columnDefinition = "text")
    public String payload;

    /** What failed, without the data it was about ({@link org.masswork.platform.event.ErrorSummary}). */
    @Column(nullable = false, columnDefinition = "text")
    public String error;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "first_attempt_at")
    public OffsetDateTime firstAttemptAt;

    @Column(name = "last_attempt_at")
    public OffsetDateTime lastAttemptAt;

    @Column(name = "parked_at", nullable = false)
    public OffsetDateTime parkedAt;

    @Column(name = "resolved_at")
    public OffsetDateTime resolvedAt;

    @Enumerated(EnumType.STRING)
    public Resolution resolution;

    @Column(name = "resolved_by")
    public String resolvedBy;
}
