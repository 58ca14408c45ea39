package org.masswork.risk.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A village (and its township) as this service knows it from cadre-service's StationRegistered events. */
@Entity
@Table(name = "known_village")
public class KnownVillage {

    @Id
    @Column(name = "village_id")
    public UUID villageId;

    /** The county of the village, from the event's {@code countyid}. */
    @Column(name = "county_id", nullable = false)
    public UUID countyId;

    @Column(name = "village_code", nullable = false)
    public String villageCode;

    @Column(name = "village_name", nullable = false)
    public String villageName;

    @Column(name = "station_id", nullable = false)
    public UUID stationId;

    @Column(name = "township_id", nullable = false)
    public UUID townshipId;

    @Column(name = "township_name", nullable = false)
    public String townshipName;
}
