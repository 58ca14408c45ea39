package org.masswork.cadre.report;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.masswork.platform.persistence.ClientRecordedEntity;

/**
 * A station's monthly report (民情信息) as its leader submitted it: the month's figures are copied at
 * submission, so the report stays what was reported even when later data arrives.
 */
@Entity
@Table(name = "monthly_report")
public class MonthlyReport extends ClientRecordedEntity {

    @Id
    public UUID id;

    /** The station's county. */
    @Column(name = "county_id", nullable = false)
    public UUID countyId;

    @Column(name = "station_id", nullable = false)
    public UUID stationId;

    @Column(name = "village_id", nullable = false)
    public UUID villageId;

    @Column(name = "township_id", nullable = false)
    public UUID townshipId;

    /** The first day of the reported month. */
    @Column(name = "month_start", nullable = false)
    public LocalDate monthStart;

    @Column(name = "submitted_by", nullable = false)
    public UUID submittedBy;

    @Column(name = "submitted_at", nullable = false)
    public OffsetDateTime submittedAt;

    @Column(nullable = false)
    public boolean late;

    @Column(nullable = false)
    public String summary;

    @Column(name = "visits_confirmed", nullable = false)
    public long visitsConfirmed;

    @Column(name = "visits_unconfirmed", nullable = false)
    public long visitsUnconfirmed;

    @Column(name = "households_visited", nullable = false)
    public long householdsVisited;

    @Column(name = "cases_opened", nullable = false)
    public long casesOpened;

    @Column(name = "cases_closed", nullable = false)
    public long casesClosed;

    @ElementCollection
    @CollectionTable(name = "monthly_report_attendance", joinColumns = @JoinColumn(name = "report_id"))
    @BatchSize(size = 100)
    public List<ReportAttendance> attendance = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "monthly_report_role", joinColumns = @JoinColumn(name = "report_id"))
    @BatchSize(size = 100)
    public List<ReportRoleWork> roles = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "monthly_report_finding", joinColumns = @JoinColumn(name = "report_id"))
    @OrderBy("position")
    @BatchSize(size = 100)
    public List<ReportFinding> findings = new ArrayList<>();
}
