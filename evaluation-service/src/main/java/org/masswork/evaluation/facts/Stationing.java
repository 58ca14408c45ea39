package org.masswork.evaluation.facts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.util.UUID;

/** A cadre's assignment to a station, from CadreAssigned and AssignmentEnded in whatever order they arrive. */
@Entity
public class Stationing {

    @Id
    @Column(name = "assignment_id")
    public UUID assignmentId;

    /** The county the row belongs to, from the event's {@code countyid}. */
    @Column(name = "county_id", nullable = false)
    public UUID countyId;

    @Column(name = "cadre_id")
    public UUID cadreId;

    @Column(name = "station_id", nullable = false)
    public UUID stationId;

    @Column(name = "village_id", nullable = false)
    public UUID villageId;

    @Column(name = "township_id", nullable = false)
    public UUID townshipId;

    public String role;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "ended_on")
    public LocalDate endedOn;
}
