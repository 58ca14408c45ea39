package org.masswork.evaluation.facts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A household of a village, by id only: the pool the people's representatives are drawn from. */
@Entity
@Table(name = "known_household")
public class KnownHousehold {

    @Id
    @Column(name = "household_id")
    public UUID householdId;

    /** The county the row belongs to, from the event's {@code countyid}. */
    @Column(name = "county_id", nullable = false)
    public UUID countyId;

    @Column(name = "village_id", nullable = false)
    public UUID villageId;

    @Column(name = "station_id", nullable = false)
    public UUID stationId;

    @Column(name = "township_id", nullable = false)
    public UUID townshipId;
}
