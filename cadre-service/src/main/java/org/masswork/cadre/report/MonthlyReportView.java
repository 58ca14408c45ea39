package org.masswork.cadre.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.masswork.cadre.visit.FiveRole;
import org.masswork.cadre.visit.RoleWork;

@Schema(name = "MonthlyReport")
public record MonthlyReportView(
        UUID id,
        UUID stationId,
        UUID villageId,
        UUID townshipId,
        @Schema(maxLength = 7, examples = "2026-10") String month,
        @Schema(description = "The station leader who submitted it") UUID submittedBy,
        OffsetDateTime submittedAt,
        @Schema(description = "Last day to submit on time") LocalDate deadline,
        boolean late,
        @Schema(maxLength = 4000) String summary,
        @Schema(description = "The figures as compiled at submission") MonthlyFigures figures,
        @Schema(minimum = "0", maximum = "9223372036854775807") long version,
        OffsetDateTime recordedAt,
        OffsetDateTime receivedAt) {

    static MonthlyReportView of(MonthlyReport report, LocalDate deadline) {
        int due = report.attendance.stream().mapToInt(a -> a.stationDaysDue).sum();
        int attended = report.attendance.stream().mapToInt(a -> a.stationDaysAttended).sum();
        int pending = report.attendance.stream().mapToInt(a -> a.stationDaysPending).sum();
        List<MonthlyFigures.CadreRoles> perCadre = report.roles.stream()
                .collect(Collectors.groupingBy(r -> r.cadreId, TreeMap::new,
                        Collectors.toMap(r -> r.role, r -> r.visits, Long::sum, () -> new EnumMap<>(FiveRole.class))))
                .entrySet().stream().map(e -> new MonthlyFigures.CadreRoles(e.getKey(), RoleWork.of(e.getValue()))).toList();
        MonthlyFigures figures = new MonthlyFigures(
                report.attendance.stream().map(a -> new MonthlyFigures.Attendance(a.cadreId, a.stationDaysDue,
                        a.stationDaysAttended, a.stationDaysPending, a.extraVisits)).toList(),
                due, attended, pending, report.visitsConfirmed, report.visitsUnconfirmed, report.householdsVisited,
                report.casesOpened, report.casesClosed,
                report.findings.stream().map(f -> new MonthlyFigures.Finding(f.visitId, f.householdId, f.cadreId,
                        f.visitedOn, f.findings)).toList(),
                MonthlyCompiler.stationRoles(perCadre), perCadre);
        return new MonthlyReportView(report.id, report.stationId, report.villageId, report.townshipId,
                report.monthStart.toString().substring(0, 7), report.submittedBy, report.submittedAt, deadline, report.late,
                report.summary, figures, report.version, report.recordedAt, report.receivedAt);
    }
}
