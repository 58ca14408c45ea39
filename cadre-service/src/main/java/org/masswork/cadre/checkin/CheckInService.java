package org.masswork.cadre.checkin;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.UUID;
import org.masswork.cadre.assignment.Assignment;
import org.masswork.cadre.assignment.AssignmentRepository;
import org.masswork.cadre.county.CountyClock;
import org.masswork.cadre.station.Station;
import org.masswork.cadre.station.StationRepository;
import org.masswork.platform.idempotency.IdempotentCreates;
import org.masswork.platform.outbox.Outbox;
import org.masswork.platform.problem.NotFoundProblem;
import org.masswork.platform.problem.ConflictProblem;
import org.masswork.platform.problem.RuleViolationProblem;
import org.masswork.platform.security.CallerScope;

@ApplicationScoped
public class CheckInService {

    /** A phone offline for longer than this has its check-ins entered by the township instead. */
    static final int MAX_DAYS_LATE = 45;

    private final CheckInRepository checkIns;
    private final AssignmentRepository assignments;
    private final StationRepository stations;
    private final IdempotentCreates idempotency;
    private final Outbox outbox;
    private final CallerScope scope;
    private final CountyClock clock;

    CheckInService(CheckInRepository checkIns, AssignmentRepository assignments, StationRepository stations,
                   IdempotentCreates idempotency, Outbox outbox, CallerScope scope, CountyClock clock) {
        this.checkIns = checkIns;
        this.assignments = assignments;
        this.stations = stations;
        this.idempotency = idempotency;
        this.outbox = outbox;
        this.scope = scope;
        this.clock = clock;
    }

    @Transactional
    public CheckInView checkIn(CheckInRequest request, String idempotencyKey) {
        return idempotency.once("check-in", idempotencyKey, request, CheckInView::id, this::checkInOf, () -> {
            if (!scope.isCountyWide() && scope.cadre().filter(request.cadreId()::equals).isEmpty()) {
                throw new ForbiddenException("A cadre checks in for themself");
            }
            Assignment assignment = assignments.activeForCadre(request.cadreId())
                    .filter(a -> a.stationId.equals(request.stationId()))
                    .orElseThrow(() -> new RuleViolationProblem("not-on-station",
                            "The cadre has no active assignment at this station", "stationId"));
            CheckIn checkIn = new CheckIn();
            checkIn.id = UUID.randomUUID();
            checkIn.cadreId = request.cadreId();
            checkIn.stationId = request.stationId();
            checkIn.townshipId = assignment.townshipId;
            checkIn.markReceived(request.recordedAt());
            checkIn.checkedInOn = clock.dateOf(checkIn.recordedAt);
            checkDate(checkIn.checkedInOn, assignment);
            if (checkIns.exists(checkIn.cadreId, checkIn.stationId, checkIn.checkedInOn)) {
                throw new ConflictProblem("already-checked-in", "The cadre already checked in at this station on " + checkIn.checkedInOn);
            }
            checkIn.kind = CheckInKind.of(checkIn.checkedInOn);
            checkIns.persist(checkIn);
            checkIns.flush();
            if (checkIn.kind == CheckInKind.STATION_DAY) {
                Station station = stations.get(checkIn.stationId);
                outbox.append(new StationDayAttended(checkIn.id, checkIn.cadreId, station.id, station.villageId,
                        station.townshipId, checkIn.checkedInOn));
            }
            return CheckInView.of(checkIn);
        });
    }

    /** A check-in read back for its cadre replaying it (or a county role). */
    @Transactional
    CheckInView checkInOf(UUID id) {
        CheckIn checkIn = checkIns.findByIdOptional(id).orElseThrow(() -> new NotFoundProblem("Check-in", id));
        if (!scope.isCountyWide() && scope.cadre().filter(checkIn.cadreId::equals).isEmpty()) {
            throw new NotFoundProblem("Check-in", id);
        }
        return CheckInView.of(checkIn);
    }

    private void checkDate(LocalDate date, Assignment assignment) {
        if (date.isBefore(assignment.startsOn)) {
            throw new RuleViolationProblem("before-assignment", "The check-in is before the assignment started", "recordedAt");
        }
        if (date.isBefore(clock.today().minusDays(MAX_DAYS_LATE))) {
            throw new RuleViolationProblem("check-in-too-old", "A check-in can be sent at most " + MAX_DAYS_LATE + " days late", "recordedAt");
        }
    }
}
