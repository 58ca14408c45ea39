package org.masswork.evaluation.facts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** One household visit, keyed by cadre-service's visit id; once confirmed it stays confirmed. */
@Entity
@Table(name = "household_visit")
public class HouseholdVisit {

    @Id
    @Column(name = "visit_id")
    public UUID visitId;

    /** The county the row belongs to, from the event's {@code countyid}. */
    @Column(name = "county_id", nullable = false)
    public UUID countyId;

    @Column(name = "cadre_id", nullable = false)
    public UUID cadreId;

    @Column(name = "station_id", nullable = false)
    public UUID stationId;

    @Column(name = "township_id", nullable = false)
    public UUID townshipId;

    @Column(name = "household_id", nullable = false)
    public UUID householdId;

    @Column(name = "visited_on", nullable = false)
    public LocalDate visitedOn;

    @Column(nullable = false)
    public boolean confirmed;
}
