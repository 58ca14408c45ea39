package org.masswork.cadre.report;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.UUID;

/** A notable finding of the month as reported: a visit flagged for follow-up, copied at submission. */
@Embeddable
public class ReportFinding {

    @Column(name = "visit_id", nullable = false)
    public UUID visitId;

    @Column(name = "household_id", nullable = false)
    public UUID householdId;

    @Column(name = "cadre_id", nullable = false)
    public UUID cadreId;

    @Column(name = "visited_on", nullable = false)
    public LocalDate visitedOn;

    @Column(nullable = false)
    public String findings;

    @Column(nullable = false)
    public int position;
}
