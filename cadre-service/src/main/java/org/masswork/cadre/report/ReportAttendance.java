package org.masswork.cadre.report;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.UUID;

/** One cadre's station days in the reported month, as they stood at submission. */
@Embeddable
public class ReportAttendance {

    @Column(name = "cadre_id", nullable = false)
    public UUID cadreId;

    @Column(name = "station_days_due", nullable = false)
    public int stationDaysDue;

    @Column(name = "station_days_attended", nullable = false)
    public int stationDaysAttended;

    /** Checked in late and not confirmed by then. */
    @Column(name = "station_days_pending", nullable = false)
    public int stationDaysPending;

    @Column(name = "extra_visits", nullable = false)
    public int extraVisits;
}
