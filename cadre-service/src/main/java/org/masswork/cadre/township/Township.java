package org.masswork.cadre.township;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A township (乡镇) of the county. */
@Entity
public class Township {

    @Id
    public UUID id;

    /** The county's own code for the township, unique. */
    @Column(nullable = false, unique = true)
    public String code;

    @Column(nullable = false)
    public String name;

    @Version
    public long version;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;
}
