package org.masswork.cases.county;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A county as case-service knows it from cadre-service's CountyRegistered, or from the first of its stations. */
@Entity
@Table(name = "known_county")
public class KnownCounty {

    @Id
    @Column(name = "county_id")
    public UUID countyId;

    /** Null until the county's CountyRegistered has arrived. */
    public String code;

    /** Null until the county's CountyRegistered has arrived. */
    public String name;

    /** The county's time zone (its calendar's days); the configured zone until CountyRegistered says. */
    @Column(nullable = false)
    public String zone;

    /** When cadre-service registered the county (the event's time); null until it arrived. */
    @Column(name = "registered_at")
    public OffsetDateTime registeredAt;
}
