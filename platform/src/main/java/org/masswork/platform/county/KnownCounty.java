package org.masswork.platform.county;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * A county as a service that keeps copies of cadre-service's data knows it (its {@code known_county} table), from
 * CountyRegistered or, in case-service, from the first of its stations before that.
 */
@Entity
@Table(name = "known_county")
public class KnownCounty {

    @Id
    @Column(name = "county_id")
    public UUID countyId;

    /** Null while only the county's stations have named it. */
    public String code;

    /** Null while only the county's stations have named it. */
    public String name;

    /** The county's time zone (an IANA id): its days, months and half years are this zone's. */
    @Column(nullable = false)
    public String zone;
}
