package org.masswork.risk.matter;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A measure that reduces a matter's risk, and who answers for it (a department or a named office). */
@Entity
@Table(name = "mitigation_measure")
public class MitigationMeasure {

    @Id
    public UUID id;

    /** The matter's county. */
    @Column(name = "county_id", nullable = false)
    public UUID countyId;

    @Column(name = "matter_id", nullable = false)
    public UUID matterId;

    @Column(nullable = false)
    public String description;

    public String owner;

    @Column(name = "assigned_at")
    public OffsetDateTime assignedAt;
}
