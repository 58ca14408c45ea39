package org.masswork.cadre.report;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.masswork.cadre.assignment.AssignmentRepository;
import org.masswork.cadre.assignment.TeamRole;
import org.masswork.cadre.county.CountyClock;
import org.masswork.cadre.household.HouseholdWorkConfig;
import org.masswork.cadre.scope.WorkScope;
import org.masswork.cadre.station.Station;
import org.masswork.platform.idempotency.IdempotentCreates;
import org.masswork.platform.outbox.Outbox;
import org.masswork.platform.paging.Page;
import org.masswork.platform.paging.PageQuery;
import org.masswork.platform.problem.ConflictProblem;
import org.masswork.platform.problem.RuleViolationProblem;
import org.masswork.platform.language.Text;

@ApplicationScoped
public class MonthlyReportService {

    private final MonthlyReportRepository reports;
    private final MonthlyCompiler compiler;
    private final AssignmentRepository assignments;
    private final WorkScope scope;
    private final CountyClock clock;
    private final EntityManager entityManager;
    private final IdempotentCreates idempotency;
    private final Outbox outbox;
    private final int deadlineDay;

    MonthlyReportService(MonthlyReportRepository reports, MonthlyCompiler compiler, AssignmentRepository assignments,
                         WorkScope scope, CountyClock clock, EntityManager entityManager, IdempotentCreates idempotency,
                         Outbox outbox, HouseholdWorkConfig config) {
        this.reports = reports;
        this.compiler = compiler;
        this.assignments = assignments;
        this.scope = scope;
        this.clock = clock;
        this.entityManager = entityManager;
        this.idempotency = idempotency;
        this.outbox = outbox;
        this.deadlineDay = config.report().deadlineDay();
    }

    /** What the report of a month would say now. */
    @Transactional
    public MonthlyFigures draft(UUID stationId, YearMonth month) {
        return compiler.compile(scope.station(stationId), month);
    }

    /** The station leader submits the report of a month that is over, once; the figures are copied. */
    @Transactional
    public MonthlyReportView submit(SubmitMonthlyReportRequest request, String idempotencyKey) {
        if (scope.caller().station().filter(request.stationId()::equals).isEmpty()) {
            throw new ForbiddenException();
        }
        UUID leaderId = scope.caller().cadre().orElseThrow(ForbiddenException::new);
        return idempotency.once("submit-monthly-report", idempotencyKey, request, MonthlyReportView::id, this::get, () -> {
            Station station = scope.station(request.stationId());
            boolean leads = assignments.activeForCadre(leaderId)
                    .filter(a -> a.stationId.equals(station.id) && a.role == TeamRole.LEADER).isPresent();
            if (!leads) {
                throw new RuleViolationProblem("not-station-leader", Text.of("只有工作站的现任站长可以提交月报", "Only the station's current leader submits its monthly report"));
            }
            if (!request.month().isBefore(YearMonth.from(clock.today(station.countyId)))) {
                throw new RuleViolationProblem("month-not-over", Text.of("月份结束后才能报送月报", "A month is reported once it is over"), "month");
            }
            LocalDate monthStart = request.month().atDay(1);
            if (reports.submitted(station.id, monthStart)) {
                throw new ConflictProblem("monthly-report-submitted",
                        Text.of("本站 " + request.month() + " 的月报已提交", "The report of " + request.month() + " for this station is already submitted"));
            }
            MonthlyFigures figures = compiler.compile(station, request.month());
            LocalDate deadline = deadline(request.month());
            MonthlyReport report = new MonthlyReport();
            report.id = UUID.randomUUID();
            report.stationId = station.id;
            report.countyId = station.countyId;
            report.villageId = station.villageId;
            report.townshipId = station.townshipId;
            report.monthStart = monthStart;
            report.submittedBy = leaderId;
            report.submittedAt = OffsetDateTime.now(ZoneOffset.UTC);
            report.late = clock.today(station.countyId).isAfter(deadline);
            report.summary = request.summary().strip();
            copy(figures, report);
            report.markReceived(request.recordedAt());
            reports.persist(report);
            reports.flush();
            outbox.append(new MonthlyReportSubmitted(report.id, report.countyId, station.id, station.villageId, station.townshipId,
                    request.month().toString(), leaderId, report.late, figures.stationDaysDue(), figures.stationDaysAttended(),
                    figures.stationDaysPending(), figures.visitsConfirmed(), figures.visitsUnconfirmed(),
                    figures.householdsVisited(), figures.casesOpened(), figures.casesClosed(), figures.notableFindings().size(),
                    MonthlyReportSubmitted.roles(figures.fiveRoles())));
            return MonthlyReportView.of(report, deadline);
        });
    }

    @Transactional
    public MonthlyReportView get(UUID id) {
        MonthlyReport report = reports.get(id);
        scope.requireVisible(Text.of("月报", "monthly report"), id, report.countyId, report.stationId, report.townshipId);
        return MonthlyReportView.of(report, deadline(YearMonth.from(report.monthStart)));
    }

    @Transactional
    public Page<MonthlyReportView> list(UUID stationId, UUID townshipId, YearMonth month, PageQuery page) {
        WorkScope.Area area = scope.area(stationId, townshipId);
        return Page.of(reports.search(area, month == null ? null : month.atDay(1)), page,
                report -> MonthlyReportView.of(report, deadline(YearMonth.from(report.monthStart))));
    }

    /** Stations in the caller's scope without a report of the month submitted by the deadline. */
    @Transactional
    public Page<MissingReportView> missing(YearMonth month, UUID townshipId, PageQuery page) {
        WorkScope.Area area = scope.area(null, townshipId);
        LocalDate deadline = deadline(month);
        boolean overdue = clock.today(area.countyId()).isAfter(deadline);
        String where = "where s.county_id = :county and not exists (select 1 from monthly_report r where r.station_id = s.id"
                + " and r.month_start = :month and not r.late)"
                + (area.stationId() != null ? " and s.id = :station" : area.townshipId() != null ? " and s.township_id = :township" : "");
        Query rows = bind(entityManager.createNativeQuery("""
                select s.id, s.name, s.village_id, s.township_id,
                       (select r.submitted_at from monthly_report r where r.station_id = s.id and r.month_start = :month)
                from station s %s order by s.township_id, s.name, s.id""".formatted(where)), area, month);
        long total = ((Number) bind(entityManager.createNativeQuery("select count(*) from station s " + where), area, month)
                .getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> found = rows.setFirstResult(page.page * page.size).setMaxResults(page.size).getResultList();
        List<MissingReportView> items = found.stream().map(row -> new MissingReportView((UUID) row[0], (String) row[1],
                (UUID) row[2], (UUID) row[3], month.toString(), deadline, overdue, submittedAt(row[4]))).toList();
        return new Page<>(items, page.page, page.size, total, (int) ((total + page.size - 1) / page.size));
    }

    private LocalDate deadline(YearMonth month) {
        YearMonth next = month.plusMonths(1);
        return next.atDay(Math.min(deadlineDay, next.lengthOfMonth()));
    }

    private static void copy(MonthlyFigures figures, MonthlyReport report) {
        report.visitsConfirmed = figures.visitsConfirmed();
        report.visitsUnconfirmed = figures.visitsUnconfirmed();
        report.householdsVisited = figures.householdsVisited();
        report.casesOpened = figures.casesOpened();
        report.casesClosed = figures.casesClosed();
        figures.attendance().forEach(a -> {
            ReportAttendance copied = new ReportAttendance();
            copied.cadreId = a.cadreId();
            copied.stationDaysDue = a.stationDaysDue();
            copied.stationDaysAttended = a.stationDaysAttended();
            copied.stationDaysPending = a.stationDaysPending();
            copied.extraVisits = a.extraVisits();
            report.attendance.add(copied);
        });
        figures.fiveRolesPerCadre().forEach(cadre -> cadre.roles().stream().filter(r -> r.visits() > 0).forEach(r -> {
            ReportRoleWork copied = new ReportRoleWork();
            copied.cadreId = cadre.cadreId();
            copied.role = r.role();
            copied.visits = r.visits();
            report.roles.add(copied);
        }));
        for (int i = 0; i < figures.notableFindings().size(); i++) {
            MonthlyFigures.Finding finding = figures.notableFindings().get(i);
            ReportFinding copied = new ReportFinding();
            copied.visitId = finding.visitId();
            copied.householdId = finding.householdId();
            copied.cadreId = finding.cadreId();
            copied.visitedOn = finding.visitedOn();
            copied.findings = finding.findings();
            copied.position = i;
            report.findings.add(copied);
        }
    }

    private static Query bind(Query query, WorkScope.Area area, YearMonth month) {
        query.setParameter("month", month.atDay(1));
        query.setParameter("county", area.countyId());
        if (area.stationId() != null) {
            query.setParameter("station", area.stationId());
        } else if (area.townshipId() != null) {
            query.setParameter("township", area.townshipId());
        }
        return query;
    }

    private static OffsetDateTime submittedAt(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof OffsetDateTime time ? time : ((Instant) value).atOffset(ZoneOffset.UTC);
    }
}
