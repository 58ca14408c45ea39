package org.masswork.cadre.assignment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.masswork.platform.persistence.ClientRecordedEntity;

/** A cadre stationed at a station for a two-year term (驻站两年一轮); active until {@code endedOn} is set. */
@Entity
@NamedQuery(name = Assignment.ACTIVE_WITH_STATION, query = """
        select new org.masswork.cadre.assignment.AssignmentAtStation(
            a.cadreId, a.countyId, a.stationId, a.townshipId, a.startsOn, s.villageId, s.townshipId)
        from Assignment a join Station s on s.id = a.stationId
        where a.cadreId = :cadre and a.endedOn is null""")
public class Assignment extends ClientRecordedEntity {

    public static final int TERM_YEARS = 2;
    /** A check-in's query ({@link AssignmentRepository#activeWithStation}). */
    public static final String ACTIVE_WITH_STATION = "Assignment.activeWithStation";

    @Id
    public UUID id;

    /** The station's county. */
    @Column(name = "county_id", nullable = false)
    public UUID countyId;

    @Column(name = "cadre_id", nullable = false)
    public UUID cadreId;

    @Column(name = "station_id", nullable = false)
    public UUID stationId;

    @Column(name = "township_id", nullable = false)
    public UUID townshipId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TeamRole role;

    /** A station leader may serve as first secretary of the village party branch (第一书记). */
    @Column(name = "first_secretary", nullable = false)
    public boolean firstSecretary;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "term_ends_on", nullable = false)
    public LocalDate termEndsOn;

    @Column(name = "ended_on")
    public LocalDate endedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason")
    public EndReason endReason;

    @Column(name = "end_note")
    public String endNote;

    /** The department kind does not match the village type; {@code exceptionReason} says why. */
    @Column(name = "matching_exception", nullable = false)
    public boolean matchingException;

    @Column(name = "exception_reason")
    public String exceptionReason;

    /** The cadre served at this station before: why they are stationed here again. */
    @Column(name = "return_reason")
    public String returnReason;

    public boolean isActive() {
        return endedOn == null;
    }

    /** Days served up to {@code today} (none before the start). */
    public long daysServed(LocalDate today) {
        LocalDate end = endedOn != null && endedOn.isBefore(today) ? endedOn : today;
        return Math.max(0, ChronoUnit.DAYS.between(startsOn, end));
    }
}
