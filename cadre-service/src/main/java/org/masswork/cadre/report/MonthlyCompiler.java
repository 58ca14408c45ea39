package org.masswork.cadre.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.masswork.cadre.checkin.AttendanceService;
import org.masswork.cadre.county.CountyClock;
import org.masswork.cadre.ledger.LedgerCaseRepository;
import org.masswork.cadre.station.Station;
import org.masswork.cadre.visit.FiveRole;
import org.masswork.cadre.visit.FiveRoleFiguresService;
import org.masswork.cadre.visit.RoleWork;
import org.masswork.cadre.visit.VisitRepository;
import org.masswork.platform.paging.PageQuery;

/** Compiles a station's month from the check-ins, the visits (and their five roles) and the ledger's cases. */
@ApplicationScoped
public class MonthlyCompiler {

    /** More cadres than a team ever has, so one page holds them all (rotation may put 4–6 in one month). */
    private static final PageQuery WHOLE_TEAM = PageQuery.of(0, 20);

    private final AttendanceService attendance;
    private final VisitRepository visits;
    private final FiveRoleFiguresService fiveRoles;
    private final LedgerCaseRepository cases;
    private final CountyClock clock;

    MonthlyCompiler(AttendanceService attendance, VisitRepository visits, FiveRoleFiguresService fiveRoles,
                    LedgerCaseRepository cases, CountyClock clock) {
        this.attendance = attendance;
        this.visits = visits;
        this.fiveRoles = fiveRoles;
        this.cases = cases;
        this.clock = clock;
    }

    public MonthlyFigures compile(Station station, YearMonth month) {
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        OffsetDateTime from = clock.startOf(station.countyId, first);
        OffsetDateTime to = clock.startOf(station.countyId, month.plusMonths(1).atDay(1));

        List<MonthlyFigures.Attendance> team = attendance.perCadre(month, station.id, null, false, WHOLE_TEAM).items().stream()
                .map(a -> new MonthlyFigures.Attendance(a.cadreId(), a.stationDaysDue(), a.stationDaysAttended(),
                        a.stationDaysPending(), a.extraVisits()))
                .toList();
        VisitRepository.Counts counts = visits.counts("stationId", station.id, first, last);
        List<MonthlyFigures.Finding> findings = visits.followUps(station.id, first, last).stream()
                .map(v -> new MonthlyFigures.Finding(v.id, v.householdId, v.cadreId, v.visitedOn, v.findings)).toList();
        List<MonthlyFigures.CadreRoles> perCadre = fiveRoles.perCadreOfStation(station.id, month).entrySet().stream()
                .map(e -> new MonthlyFigures.CadreRoles(e.getKey(), e.getValue())).toList();
        return new MonthlyFigures(team,
                team.stream().mapToInt(MonthlyFigures.Attendance::stationDaysDue).sum(),
                team.stream().mapToInt(MonthlyFigures.Attendance::stationDaysAttended).sum(),
                team.stream().mapToInt(MonthlyFigures.Attendance::stationDaysPending).sum(),
                counts.confirmed(), counts.unconfirmed(), visits.householdsVisited(station.id, first, last),
                cases.openedAt(station.id, from, to), cases.closedAt(station.id, from, to), findings,
                stationRoles(perCadre), perCadre);
    }

    /** The station's visits per role: its cadres' summed. */
    static List<RoleWork> stationRoles(List<MonthlyFigures.CadreRoles> perCadre) {
        Map<FiveRole, Long> visits = new EnumMap<>(FiveRole.class);
        perCadre.forEach(cadre -> cadre.roles().forEach(r -> visits.merge(r.role(), r.visits(), Long::sum)));
        return RoleWork.of(visits);
    }
}
