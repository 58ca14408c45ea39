package org.masswork.cadre.checkin;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.UUID;
import org.masswork.cadre.assignment.AssignmentAtStation;
import org.masswork.cadre.assignment.AssignmentRepository;
import org.masswork.cadre.assignment.TeamRole;
import org.masswork.cadre.county.CountyClock;
import org.masswork.cadre.scope.WorkScope;
import org.masswork.cadre.station.Station;
import org.masswork.cadre.station.StationRepository;
import org.masswork.platform.idempotency.IdempotentCreates;
import org.masswork.platform.idempotency.ReplayedOnConflict;
import org.masswork.platform.outbox.Outbox;
import org.masswork.platform.paging.Page;
import org.masswork.platform.paging.PageQuery;
import org.masswork.platform.persistence.InsertBatch;
import org.masswork.platform.problem.ConflictProblem;
import org.masswork.platform.rest.ConstraintProblem;
import org.masswork.platform.problem.NotFoundProblem;
import org.masswork.platform.problem.RuleViolationProblem;
import org.masswork.platform.security.CallerScope;
import org.masswork.platform.security.Role;
import org.masswork.platform.language.Text;

@ApplicationScoped
public class CheckInService {

    /**
     * A phone offline for longer than this has its check-ins entered by the township instead. Within it a check-in
     * received after its credit window is kept, as late.
     */
    static final int MAX_DAYS_LATE = 45;

    /** One check-in per cadre, station and day (V43). */
    static final String ONCE_A_DAY_CONSTRAINT = "check_in_once_a_day";

    /** The answer to a second check-in of the day, given by the database's constraint rather than asked before. */
    @Produces
    static final ConstraintProblem ONCE_A_DAY = new ConstraintProblem(ONCE_A_DAY_CONSTRAINT, () -> new ConflictProblem(
            "already-checked-in", Text.of("该干部当天已在此站签到", "The cadre already checked in at this station on that day")));

    private final CheckInRepository checkIns;
    private final AssignmentRepository assignments;
    private final StationRepository stations;
    private final InsertBatch inserts;
    private final IdempotentCreates idempotency;
    private final Outbox outbox;
    private final CallerScope scope;
    private final WorkScope workScope;
    private final CountyClock clock;
    private final Duration creditWindow;

    CheckInService(CheckInRepository checkIns, AssignmentRepository assignments, StationRepository stations,
                   InsertBatch inserts, IdempotentCreates idempotency, Outbox outbox, CallerScope scope,
                   WorkScope workScope, CountyClock clock, StationDaysConfig config) {
        this.checkIns = checkIns;
        this.assignments = assignments;
        this.stations = stations;
        this.inserts = inserts;
        this.idempotency = idempotency;
        this.outbox = outbox;
        this.scope = scope;
        this.workScope = workScope;
        this.clock = clock;
        this.creditWindow = config.creditWindow();
    }

    /**
     * Records a check-in in at most four round trips to the database with the commit: the idempotency record's
     * lookup (with a key), the cadre's assignment with its station, and one statement for the check-in, its event
     * and the idempotency record ({@link InsertBatch}). A second check-in of the day is refused by the constraint
     * {@value #ONCE_A_DAY_CONSTRAINT}, also when two race each other ({@link #ONCE_A_DAY}).
     *
     * <p>A check-in received after the credit window of its day is stored as late: it does not count, and a station
     * day's StationDayAttended is not written, until it is confirmed ({@link #confirm}).
     */
    @Transactional
    @ReplayedOnConflict
    public CheckInView checkIn(CheckInRequest request, String idempotencyKey) {
        return idempotency.once("check-in", idempotencyKey, request, CheckInView::id, this::checkInOf, () -> {
            if (!scope.isCountyWide() && scope.cadre().filter(request.cadreId()::equals).isEmpty()) {
                throw new ForbiddenException("A cadre checks in for themself");
            }
            AssignmentAtStation assignment = assignments.activeWithStation(request.cadreId())
                    .filter(a -> a.stationId().equals(request.stationId()))
                    .orElseThrow(() -> new RuleViolationProblem("not-on-station",
                            Text.of("该干部在此站没有有效的派驻", "The cadre has no active assignment at this station"), "stationId"));
            if (!scope.coversCounty(assignment.countyId())) {
                throw new ForbiddenException("A cadre of another county");
            }
            CheckIn checkIn = new CheckIn();
            checkIn.id = UUID.randomUUID();
            checkIn.countyId = assignment.countyId();
            checkIn.cadreId = request.cadreId();
            checkIn.stationId = request.stationId();
            checkIn.townshipId = assignment.townshipId();
            checkIn.markReceived(request.recordedAt(), clock.now());
            checkIn.checkedInOn = clock.dateOf(checkIn.countyId, checkIn.recordedAt);
            checkDate(checkIn.checkedInOn, assignment);
            checkIn.kind = CheckInKind.of(checkIn.checkedInOn);
            checkIn.late = !checkIn.receivedAt.isBefore(creditWindowEnd(checkIn.countyId, checkIn.checkedInOn));
            checkIn.credited = !checkIn.late;
            inserts.add(checkIn);
            if (checkIn.credited) {
                announce(checkIn, assignment.stationVillageId(), assignment.stationTownshipId());
            }
            return CheckInView.of(checkIn);
        });
    }

    /**
     * A late check-in is confirmed, with a reason, by someone other than its cadre: a team member's by the station's
     * current leader, the leader's own (or any, while the station has no leader) by an officer of the station's township (who and where from this service's
     * assignments and stations, not the token alone). It counts from then on, and a station day's StationDayAttended
     * is written then, once. A replay with the same Idempotency-Key returns the first result; a second confirmation of
     * a check-in that counts already is 409.
     */
    @Transactional
    public CheckInView confirm(UUID id, ConfirmCheckInRequest request, String idempotencyKey) {
        boolean officer = scope.hasRole(Role.TOWNSHIP_OFFICER);
        UUID leaderId = officer ? null : scope.cadre().orElseThrow(ForbiddenException::new);
        return idempotency.once("confirm-check-in", idempotencyKey, new Confirmation(id, request), CheckInView::id,
                this::confirmationOf, () -> {
                    CheckIn checkIn = officer ? confirmableByOfficer(id) : confirmableByLeader(id, leaderId);
                    if (checkIn.credited) {
                        throw new ConflictProblem("check-in-credited", checkIn.late
                                ? Text.of("该逾期打卡已确认", "The late check-in is confirmed already")
                                : Text.of("该打卡按时提交，已计入", "The check-in came in time and counts already"));
                    }
                    checkIn.credited = true;
                    checkIn.confirmedBy = leaderId;
                    checkIn.confirmedByOfficer = officer ? scope.subject() : null;
                    checkIn.confirmedAt = clock.now();
                    checkIn.confirmationReason = request.reason().strip();
                    checkIns.flush();
                    Station station = stations.get(checkIn.stationId);
                    announce(checkIn, station.villageId, station.townshipId);
                    return CheckInView.of(checkIn);
                });
    }

    /** A check-in of a member of the leader's station: another station's is 404, the leader's own 422. */
    private CheckIn confirmableByLeader(UUID id, UUID leaderId) {
        CheckIn checkIn = checkIns.findByIdOptional(id).orElseThrow(() -> new NotFoundProblem(Text.of("打卡记录", "check-in"), id));
        if (!scope.coversCounty(checkIn.countyId) || scope.station().filter(checkIn.stationId::equals).isEmpty()) {
            throw new NotFoundProblem(Text.of("打卡记录", "check-in"), id);
        }
        if (!leads(leaderId, checkIn.stationId)) {
            throw new RuleViolationProblem("not-station-leader", Text.of("只有该工作站的现任站长可以确认逾期补录的打卡", "Only the station's current leader confirms a late check-in"));
        }
        if (checkIn.cadreId.equals(leaderId)) {
            throw new RuleViolationProblem("own-check-in", Text.of("站长不能确认自己逾期补录的打卡，由工作站所在乡镇的群工办人员确认",
                    "A station leader does not confirm their own late check-in: an officer of the station's township does"));
        }
        return checkIn;
    }

    /**
     * A check-in at a station of the officer's township (the station's township by its record): the current leader's
     * own, or any while the station has no leader (no one else could confirm it). Any other township's, or none, is 403
     * alike, so the answer does not tell whether it exists; a team member's at a station with a leader is 422, as the
     * leader confirms it.
     */
    private CheckIn confirmableByOfficer(UUID id) {
        UUID township = scope.township().orElseThrow(ForbiddenException::new);
        CheckIn checkIn = checkIns.findByIdOptional(id)
                .filter(c -> scope.coversCounty(c.countyId) && stations.get(c.stationId).townshipId.equals(township))
                .orElseThrow(ForbiddenException::new);
        if (!leads(checkIn.cadreId, checkIn.stationId) && hasLeader(checkIn.stationId)) {
            throw new RuleViolationProblem("leader-confirms-team", Text.of("工作站有站长时，乡镇群工办人员只确认站长本人的逾期打卡；队员的由站长确认",
                    "While the station has a leader, a township officer confirms only the leader's own late check-in; the leader confirms the team's"));
        }
        return checkIn;
    }

    private boolean hasLeader(UUID stationId) {
        return assignments.activeForStation(stationId).stream().anyMatch(a -> a.role == TeamRole.LEADER);
    }

    /** Whether the cadre leads the station now, by their active assignment. */
    private boolean leads(UUID cadreId, UUID stationId) {
        return assignments.activeForCadre(cadreId)
                .filter(a -> a.stationId.equals(stationId) && a.role == TeamRole.LEADER).isPresent();
    }

    /** The check-ins of a month in the caller's scope (a station's team: its station), by day; only late ones waiting if asked. */
    @Transactional
    public Page<CheckInView> list(YearMonth month, UUID stationId, UUID townshipId, boolean pendingOnly, PageQuery page) {
        WorkScope.Area area = workScope.area(stationId, townshipId);
        return Page.of(checkIns.search(month.atDay(1), month.atEndOfMonth(), area, pendingOnly),
                page, CheckInView::of);
    }

    /** The first instant a check-in of the day no longer counts at once. */
    private OffsetDateTime creditWindowEnd(UUID countyId, LocalDate day) {
        return clock.startOf(countyId, day.plusDays(1)).plus(creditWindow);
    }

    private void announce(CheckIn checkIn, UUID villageId, UUID townshipId) {
        if (checkIn.kind == CheckInKind.STATION_DAY) {
            outbox.append(new StationDayAttended(checkIn.id, checkIn.countyId, checkIn.cadreId, checkIn.stationId, villageId, townshipId,
                    checkIn.checkedInOn));
        }
    }

    /** A confirmation read back for its replay: the check-in, seen by the station's team and those above it. */
    @Transactional
    CheckInView confirmationOf(UUID id) {
        CheckIn checkIn = checkIns.findByIdOptional(id).orElseThrow(() -> new NotFoundProblem(Text.of("打卡记录", "check-in"), id));
        workScope.requireVisible(Text.of("打卡记录", "check-in"), id, checkIn.countyId, checkIn.stationId, checkIn.townshipId);
        return CheckInView.of(checkIn);
    }

    /** A check-in read back for its cadre replaying it (or a county role). */
    @Transactional
    CheckInView checkInOf(UUID id) {
        CheckIn checkIn = checkIns.findByIdOptional(id).orElseThrow(() -> new NotFoundProblem(Text.of("签到", "check-in"), id));
        if (!scope.coversCounty(checkIn.countyId)
                || !scope.isCountyWide() && !scope.isCadre(checkIn.countyId, checkIn.cadreId)) {
            throw new NotFoundProblem(Text.of("签到", "check-in"), id);
        }
        return CheckInView.of(checkIn);
    }

    private void checkDate(LocalDate date, AssignmentAtStation assignment) {
        if (date.isBefore(assignment.startsOn())) {
            throw new RuleViolationProblem("before-assignment", Text.of("签到时间早于派驻开始", "The check-in is before the assignment started"), "recordedAt");
        }
        if (date.isBefore(clock.today(assignment.countyId()).minusDays(MAX_DAYS_LATE))) {
            throw new RuleViolationProblem("check-in-too-old", Text.of("签到最多可晚 " + MAX_DAYS_LATE + " 天补报", "A check-in can be sent at most " + MAX_DAYS_LATE + " days late"), "recordedAt");
        }
    }

    /** What one Idempotency-Key of a confirmation stands for: the check-in and the body. */
    record Confirmation(UUID checkInId, ConfirmCheckInRequest request) {
    }
}
