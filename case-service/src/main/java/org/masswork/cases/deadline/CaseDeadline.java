package org.masswork.cases.deadline;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One computed, stored due date of a case. {@code overdueAt} is set once, when the overdue job finds it passed. */
@Entity
@Table(name = "case_deadline")
public class CaseDeadline extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeadlineKind kind;

    @Column(name = "station_id", nullable = false)
    public UUID stationId;

    @Column(name = "township_id", nullable = false)
    public UUID townshipId;

    /** The case's county: the county-wide lists of deadlines are read by it. */
    @Column(name = "county_id", nullable = false)
    public UUID countyId;

    @Column(name = "due_at", nullable = false)
    public OffsetDateTime dueAt;

    @Column(name = "met_at")
    public OffsetDateTime metAt;

    @Column(name = "overdue_at")
    public OffsetDateTime overdueAt;
}
