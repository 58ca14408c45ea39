package org.masswork.evaluation.facts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** One check-in of a cadre on a station day, keyed by cadre-service's check-in id. */
@Entity
@Table(name = "station_day_attendance")
public class StationDayAttendance {

    @Id
    @Column(name = "check_in_id")
    public UUID checkInId;

    /** The county the row belongs to, from the event's {@code countyid}. */
    @Column(name = "county_id", nullable = false)
    public UUID countyId;

    @Column(name = "cadre_id", nullable = false)
    public UUID cadreId;

    @Column(name = "station_id", nullable = false)
    public UUID stationId;

    @Column(name = "township_id", nullable = false)
    public UUID townshipId;

    @Column(nullable = false)
    public LocalDate day;
}
