package org.masswork.cadre.village;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.util.UUID;
import org.masswork.platform.persistence.ClientRecordedEntity;

/** A village (行政村) or community (社区) of a township. */
@Entity
public class Village extends ClientRecordedEntity {

    @Id
    public UUID id;

    /** The county of its township. */
    @Column(name = "county_id", nullable = false)
    public UUID countyId;

    @Column(name = "township_id", nullable = false)
    public UUID townshipId;

    /** Unique in the county. */
    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public VillageKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public VillageType type;
}
