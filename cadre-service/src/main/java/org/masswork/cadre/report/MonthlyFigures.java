package org.masswork.cadre.report;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A station's month compiled from its data: attendance, visits, cases and notable findings. */
@Schema(name = "MonthlyFigures")
public record MonthlyFigures(
        @Schema(maxItems = 10, description = "Station days per cadre of the team in the month") List<Attendance> attendance,
        @Schema(minimum = "0", maximum = "100") int stationDaysDue,
        @Schema(minimum = "0", maximum = "100") int stationDaysAttended,
        @Schema(minimum = "0", maximum = "100000") long visitsConfirmed,
        @Schema(minimum = "0", maximum = "100000") long visitsUnconfirmed,
        @Schema(minimum = "0", maximum = "100000") long householdsVisited,
        @Schema(minimum = "0", maximum = "100000", description = "Cases opened at the station, from case-service's events")
        long casesOpened,
        @Schema(minimum = "0", maximum = "100000", description = "Cases closed, from case-service's events") long casesClosed,
        @Schema(maxItems = 10000, description = "Visits flagged for follow-up, oldest first") List<Finding> notableFindings) {

    @Schema(name = "MonthlyAttendance")
    public record Attendance(UUID cadreId, @Schema(minimum = "0", maximum = "3") int stationDaysDue,
                             @Schema(minimum = "0", maximum = "3") int stationDaysAttended,
                             @Schema(minimum = "0", maximum = "31") int extraVisits) {
    }

    @Schema(name = "MonthlyFinding")
    public record Finding(UUID visitId, UUID householdId, UUID cadreId, LocalDate visitedOn,
                          @Schema(maxLength = 2000) String findings) {
    }
}
