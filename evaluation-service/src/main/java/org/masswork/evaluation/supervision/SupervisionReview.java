package org.masswork.evaluation.supervision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.masswork.platform.persistence.ClientRecordedEntity;

/** The monthly supervision and review (督查讲评) of a station team, with the month's figures as the reviewer saw them. */
@Entity
@Table(name = "supervision_review")
public class SupervisionReview extends ClientRecordedEntity {

    @Id
    public UUID id;

    /** The station's county. */
    @Column(name = "county_id", nullable = false)
    public UUID countyId;

    @Column(name = "station_id", nullable = false)
    public UUID stationId;

    @Column(name = "township_id", nullable = false)
    public UUID townshipId;

    /** The first day of the month reviewed. */
    @Column(nullable = false)
    public LocalDate month;

    @Column(name = "attendance_ok", nullable = false)
    public boolean attendanceOk;

    @Column(name = "diary_ok", nullable = false)
    public boolean diaryOk;

    @Column(name = "ledger_ok", nullable = false)
    public boolean ledgerOk;

    @Column(name = "case_handling_ok", nullable = false)
    public boolean caseHandlingOk;

    @Column(nullable = false)
    public int score;

    public String comments;

    @Column(nullable = false)
    public String reviewer;

    @Column(name = "station_days_attended", nullable = false)
    public int stationDaysAttended;

    @Column(nullable = false)
    public int visits;

    @Column(name = "cases_opened", nullable = false)
    public int casesOpened;

    @Column(name = "cases_closed", nullable = false)
    public int casesClosed;

    @Column(name = "cases_closed_on_time", nullable = false)
    public int casesClosedOnTime;

    @Column(name = "cases_escalated", nullable = false)
    public int casesEscalated;
}
