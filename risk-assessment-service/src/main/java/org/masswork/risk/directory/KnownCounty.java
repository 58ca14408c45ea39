package org.masswork.risk.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A county of the deployment as this service knows it from cadre-service's CountyRegistered events. */
@Entity
@Table(name = "known_county")
public class KnownCounty {

    @Id
    @Column(name = "county_id")
    public UUID countyId;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    /** The county's time zone (an IANA id): its days are the days of this zone. */
    @Column(nullable = false)
    public String zone;
}
