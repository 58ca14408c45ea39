package org.masswork.cadre.report;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.masswork.cadre.visit.RoleWork;

/** A station's month compiled from its data: attendance, visits and their five roles, cases and notable findings. */
@Schema(name = "MonthlyFigures")
public record MonthlyFigures(
        @Schema(maxItems = 10, description = "Station days per cadre of the team in the month") List<Attendance> attendance,
        @Schema(minimum = "0", maximum = "100") int stationDaysDue,
        @Schema(minimum = "0", maximum = "100", description = "Credited: checked in on time or confirmed late by the leader")
        int stationDaysAttended,
        @Schema(minimum = "0", maximum = "100", description = "Checked in late and not (yet) confirmed: not counted")
        int stationDaysPending,
        @Schema(minimum = "0", maximum = "100000") long visitsConfirmed,
        @Schema(minimum = "0", maximum = "100000") long visitsUnconfirmed,
        @Schema(minimum = "0", maximum = "100000") long householdsVisited,
        @Schema(minimum = "0", maximum = "100000", description = "Cases opened at the station, from case-service's events")
        long casesOpened,
        @Schema(minimum = "0", maximum = "100000", description = "Cases closed, from case-service's events") long casesClosed,
        @Schema(maxItems = 10000, description = "Visits flagged for follow-up, oldest first") List<Finding> notableFindings,
        @Schema(maxItems = 5, description = "The station's visits of the month in each of the five roles (五员), all five in order")
        List<RoleWork> fiveRoles,
        @Schema(maxItems = 20, description = "Each cadre's visits of the month in the five roles, cadres with a visit")
        List<CadreRoles> fiveRolesPerCadre) {

    @Schema(name = "MonthlyAttendance")
    public record Attendance(UUID cadreId, @Schema(minimum = "0", maximum = "3") int stationDaysDue,
                             @Schema(minimum = "0", maximum = "3", description = "Credited") int stationDaysAttended,
                             @Schema(minimum = "0", maximum = "3", description = "Late, not confirmed") int stationDaysPending,
                             @Schema(minimum = "0", maximum = "31") int extraVisits) {
    }

    @Schema(name = "MonthlyCadreRoles")
    public record CadreRoles(UUID cadreId, @Schema(maxItems = 5) List<RoleWork> roles) {
    }

    @Schema(name = "MonthlyFinding")
    public record Finding(UUID visitId, UUID householdId, UUID cadreId, LocalDate visitedOn,
                          @Schema(maxLength = 2000) String findings) {
    }
}
