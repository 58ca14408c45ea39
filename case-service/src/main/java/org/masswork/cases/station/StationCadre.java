package org.masswork.cases.station;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A cadre's assignment to a station as case-service learns it from CadreAssigned and AssignmentEnded.
 * It needs no version: an assignment only goes from assigned to ended, never back, so applying the two
 * events in either order, or twice, leaves the same row.
 */
@Entity
@Table(name = "station_cadre")
public class StationCadre {

    @Id
    @Column(name = "assignment_id")
    public UUID assignmentId;

    @Column(name = "cadre_id", nullable = false)
    public UUID cadreId;

    @Column(name = "station_id", nullable = false)
    public UUID stationId;

    @Column(name = "township_id", nullable = false)
    public UUID townshipId;

    /** The county of the station, as the assignment's events name it (their countyid). */
    @Column(name = "county_id", nullable = false)
    public UUID countyId;

    /** Null until the CadreAssigned has arrived. */
    @Enumerated(EnumType.STRING)
    public TeamRole role;

    @Column(name = "first_secretary")
    public Boolean firstSecretary;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "term_ends_on")
    public LocalDate termEndsOn;

    @Column(name = "ended_on")
    public LocalDate endedOn;

    @Column(name = "assigned_at")
    public OffsetDateTime assignedAt;

    @Column(name = "ended_at")
    public OffsetDateTime endedAt;
}
