package org.masswork.cadre.station;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The mass-work station (群众工作站) of one village or community. */
@Entity
public class Station {

    @Id
    public UUID id;

    @Column(name = "village_id", nullable = false, unique = true)
    public UUID villageId;

    /** Copied from the village: every scope check needs it. */
    @Column(name = "township_id", nullable = false)
    public UUID townshipId;

    @Column(nullable = false)
    public String name;

    public String address;

    @Version
    public long version;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;
}
