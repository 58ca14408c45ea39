package org.masswork.evaluation.facts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A station as learnt from cadre-service's StationRegistered: every team that is due a monthly review. */
@Entity
@Table(name = "known_station")
public class KnownStation {

    @Id
    @Column(name = "station_id")
    public UUID stationId;

    /** The county the row belongs to, from the event's {@code countyid}. */
    @Column(name = "county_id", nullable = false)
    public UUID countyId;

    @Column(name = "village_id", nullable = false)
    public UUID villageId;

    @Column(name = "township_id", nullable = false)
    public UUID townshipId;
}
