package org.masswork.cases.station;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A station as case-service knows it from cadre-service's events. Cases can only be filed for these. */
@Entity
@Table(name = "known_station")
public class KnownStation {

    @Id
    @Column(name = "station_id")
    public UUID stationId;

    @Column(nullable = false)
    public String name;

    @Column(name = "village_id", nullable = false)
    public UUID villageId;

    @Column(name = "village_name", nullable = false)
    public String villageName;

    @Column(name = "village_type", nullable = false)
    public String villageType;

    @Column(name = "township_id", nullable = false)
    public UUID townshipId;

    @Column(name = "township_name", nullable = false)
    public String townshipName;

    /** The county of the station's township, as the event that registered it named it (its countyid). */
    @Column(name = "county_id", nullable = false)
    public UUID countyId;

    /** When cadre-service registered the station (the event's time). */
    @Column(name = "registered_at", nullable = false)
    public OffsetDateTime registeredAt;
}
