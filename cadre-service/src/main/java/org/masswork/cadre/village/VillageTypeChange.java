package org.masswork.cadre.village;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One change of a village's type, kept so the history of its classification can be read. */
@Entity
@Table(name = "village_type_change")
public class VillageTypeChange {

    @Id
    public UUID id;

    /** The village's county. */
    @Column(name = "county_id", nullable = false)
    public UUID countyId;

    @Column(name = "village_id", nullable = false)
    public UUID villageId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_type", nullable = false)
    public VillageType fromType;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_type", nullable = false)
    public VillageType toType;

    @Column(nullable = false)
    public String reason;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "changed_at", nullable = false)
    public OffsetDateTime changedAt;
}
