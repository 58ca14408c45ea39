package org.masswork.cadre.report;

import java.util.UUID;
import org.masswork.platform.event.DomainEvent;

/** A station leader submitted the station's monthly report; the figures are those reported. */
public record MonthlyReportSubmitted(
        UUID reportId,
        UUID stationId,
        UUID villageId,
        UUID townshipId,
        String month,
        UUID submittedBy,
        boolean late,
        int stationDaysDue,
        int stationDaysAttended,
        long visitsConfirmed,
        long visitsUnconfirmed,
        long householdsVisited,
        long casesOpened,
        long casesClosed,
        int notableFindings) implements DomainEvent {

    @Override
    public UUID aggregateId() {
        return reportId;
    }
}
