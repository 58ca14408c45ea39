package org.masswork.gateway.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.masswork.platform.language.Language;

/**
 * Station days (驻站日) in the period: those the cadres' schedules made due and those they attended (evaluation-service's
 * work figures, GET /api/v1/work-figures), named as the service names them. Null when not available.
 */
@Schema(name = "DashboardStationAttendance")
public record StationAttendanceSection(
        SectionStatus status,
        @Schema(maxLength = 10) String statusLabel,
        @Schema(maxLength = 300, description = "Why the figures are missing; absent when available") String detail,
        @Schema(minimum = "0", maximum = "1000000000", description = "Station days due") Long stationDaysDue,
        @Schema(minimum = "0", maximum = "1000000000", description = "Station days attended") Long stationDaysAttended,
        @Schema(minimum = "0", maximum = "1", description = "Attended among due; null without days due") Double stationDaysAttendedShare) {

    /** Work-figures rows (the spans of the period, one county's or the province's row each) added up. */
    static StationAttendanceSection of(List<JsonNode> rows, String available) {
        long due = DashboardService.sum(rows, "stationDaysDue");
        long attended = DashboardService.sum(rows, "stationDaysAttended");
        return new StationAttendanceSection(SectionStatus.AVAILABLE, available, null, due, attended,
                due == 0 ? null : (double) attended / due);
    }

    static StationAttendanceSection missing(SectionFailure failure, Language language) {
        return new StationAttendanceSection(failure.status(), failure.status().label(language), failure.detail().in(language), null, null, null);
    }
}
