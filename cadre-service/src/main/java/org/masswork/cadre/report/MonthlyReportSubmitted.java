package org.masswork.cadre.report;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.masswork.cadre.visit.FiveRole;
import org.masswork.cadre.visit.RoleWork;
import org.masswork.platform.event.DomainEvent;

/**
 * A station leader submitted the station's monthly report; the figures are those reported: station days credited
 * (on time or confirmed) and pending (late, not confirmed), and the station's visits per role (五员).
 */
public record MonthlyReportSubmitted(
        UUID reportId,
        UUID countyId,
        UUID stationId,
        UUID villageId,
        UUID townshipId,
        String month,
        UUID submittedBy,
        boolean late,
        int stationDaysDue,
        int stationDaysAttended,
        int stationDaysPending,
        long visitsConfirmed,
        long visitsUnconfirmed,
        long householdsVisited,
        long casesOpened,
        long casesClosed,
        int notableFindings,
        Map<FiveRole, Long> fiveRoles) implements DomainEvent {

    static Map<FiveRole, Long> roles(List<RoleWork> roles) {
        Map<FiveRole, Long> visits = new EnumMap<>(FiveRole.class);
        roles.forEach(r -> visits.put(r.role(), r.visits()));
        return visits;
    }

    @Override
    public UUID aggregateId() {
        return reportId;
    }
}
