package org.masswork.cadre.village;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A village (行政村) or community (社区) of a township. */
@Entity
public class Village {

    @Id
    public UUID id;

    @Column(name = "township_id", nullable = false)
    public UUID townshipId;

    @Column(nullable = false, unique = true)
    public String code;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public VillageKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public VillageType type;

    @Version
    public long version;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;
}
