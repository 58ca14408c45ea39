package org.masswork.cadre.checkin;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.UUID;
import org.masswork.cadre.assignment.AssignmentAtStation;
import org.masswork.cadre.assignment.AssignmentRepository;
import org.masswork.cadre.county.CountyClock;
import org.masswork.platform.idempotency.IdempotentCreates;
import org.masswork.platform.outbox.Outbox;
import org.masswork.platform.persistence.InsertBatch;
import org.masswork.platform.problem.ConflictProblem;
import org.masswork.platform.problem.ConstraintProblem;
import org.masswork.platform.problem.NotFoundProblem;
import org.masswork.platform.problem.RuleViolationProblem;
import org.masswork.platform.security.CallerScope;
import org.masswork.platform.language.Text;

@ApplicationScoped
public class CheckInService {

    /** A phone offline for longer than this has its check-ins entered by the township instead. */
    static final int MAX_DAYS_LATE = 45;

    /** One check-in per cadre, station and day (V43). */
    static final String ONCE_A_DAY_CONSTRAINT = "check_in_once_a_day";

    /** The answer to a second check-in of the day, given by the database's constraint rather than asked before. */
    @Produces
    static final ConstraintProblem ONCE_A_DAY = new ConstraintProblem(ONCE_A_DAY_CONSTRAINT, () -> new ConflictProblem(
            "already-checked-in", Text.of("该干部当天已在此站签到", "The cadre already checked in at this station on that day")));

    private final CheckInRepository checkIns;
    private final AssignmentRepository assignments;
    private final InsertBatch inserts;
    private final IdempotentCreates idempotency;
    private final Outbox outbox;
    private final CallerScope scope;
    private final CountyClock clock;

    CheckInService(CheckInRepository checkIns, AssignmentRepository assignments, InsertBatch inserts,
                   IdempotentCreates idempotency, Outbox outbox, CallerScope scope, CountyClock clock) {
        this.checkIns = checkIns;
        this.assignments = assignments;
        this.inserts = inserts;
        this.idempotency = idempotency;
        this.outbox = outbox;
        this.scope = scope;
        this.clock = clock;
    }

    /**
     * Records a check-in in at most four round trips to the database with the commit: the idempotency record's
     * lookup (with a key), the cadre's assignment with its station, and one statement for the check-in, its event
     * and the idempotency record ({@link InsertBatch}). A second check-in of the day is refused by the constraint
     * {@value #ONCE_A_DAY_CONSTRAINT}, also when two race each other ({@link #ONCE_A_DAY}).
     */
    @Transactional
    public CheckInView checkIn(CheckInRequest request, String idempotencyKey) {
        return idempotency.once("check-in", idempotencyKey, request, CheckInView::id, this::checkInOf, () -> {
            if (!scope.isCountyWide() && scope.cadre().filter(request.cadreId()::equals).isEmpty()) {
                throw new ForbiddenException("A cadre checks in for themself");
            }
            AssignmentAtStation assignment = assignments.activeWithStation(request.cadreId())
                    .filter(a -> a.stationId().equals(request.stationId()))
                    .orElseThrow(() -> new RuleViolationProblem("not-on-station",
                            Text.of("该干部在此站没有有效的派驻", "The cadre has no active assignment at this station"), "stationId"));
            CheckIn checkIn = new CheckIn();
            checkIn.id = UUID.randomUUID();
            checkIn.cadreId = request.cadreId();
            checkIn.stationId = request.stationId();
            checkIn.townshipId = assignment.townshipId();
            checkIn.markReceived(request.recordedAt());
            checkIn.checkedInOn = clock.dateOf(checkIn.recordedAt);
            checkDate(checkIn.checkedInOn, assignment);
            checkIn.kind = CheckInKind.of(checkIn.checkedInOn);
            inserts.add(checkIn);
            if (checkIn.kind == CheckInKind.STATION_DAY) {
                outbox.append(new StationDayAttended(checkIn.id, checkIn.cadreId, checkIn.stationId,
                        assignment.stationVillageId(), assignment.stationTownshipId(), checkIn.checkedInOn));
            }
            return CheckInView.of(checkIn);
        });
    }

    /** A check-in read back for its cadre replaying it (or a county role). */
    @Transactional
    CheckInView checkInOf(UUID id) {
        CheckIn checkIn = checkIns.findByIdOptional(id).orElseThrow(() -> new NotFoundProblem(Text.of("签到", "check-in"), id));
        if (!scope.isCountyWide() && scope.cadre().filter(checkIn.cadreId::equals).isEmpty()) {
            throw new NotFoundProblem(Text.of("签到", "check-in"), id);
        }
        return CheckInView.of(checkIn);
    }

    private void checkDate(LocalDate date, AssignmentAtStation assignment) {
        if (date.isBefore(assignment.startsOn())) {
            throw new RuleViolationProblem("before-assignment", Text.of("签到时间早于派驻开始", "The check-in is before the assignment started"), "recordedAt");
        }
        if (date.isBefore(clock.today().minusDays(MAX_DAYS_LATE))) {
            throw new RuleViolationProblem("check-in-too-old", Text.of("签到最多可晚 " + MAX_DAYS_LATE + " 天补报", "A check-in can be sent at most " + MAX_DAYS_LATE + " days late"), "recordedAt");
        }
    }
}
