package org.masswork.platform.inbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A record the consumer could not apply after its retries (the dead-letter table). Kept with its error
 * so it can be inspected and replayed; it no longer blocks its partition.
 */
@Entity
@Table(name = "parked_event")
public class ParkedEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String topic;

    @Column(name = "kafka_partition", nullable = false)
    public int partition;

    @Column(name = "kafka_offset", nullable = false)
    public long offset;

    @Column(name = "record_key")
    public String key;

    /** The record as received, even when it is not valid JSON. */
    @Column(nullable = false, columnDefinition = "text")
    public String payload;

    @Column(nullable = false, columnDefinition = "text")
    public String error;

    @Column(name = "parked_at", nullable = false)
    public OffsetDateTime parkedAt;
}
