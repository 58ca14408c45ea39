package org.masswork.cadre.visit;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.UUID;
import org.masswork.cadre.assignment.ActiveAssignment;
import org.masswork.cadre.contactcard.CodeRedemption;
import org.masswork.cadre.county.CountyClock;
import org.masswork.cadre.household.HouseholdRepository;
import org.masswork.cadre.scope.AssignmentReadThisRequest;
import org.masswork.cadre.scope.WorkScope;
import org.masswork.cadre.station.Station;
import org.masswork.platform.idempotency.IdempotentCreates;
import org.masswork.platform.idempotency.ReplayedOnConflict;
import org.masswork.platform.outbox.Outbox;
import org.masswork.platform.paging.Page;
import org.masswork.platform.paging.PageQuery;
import org.masswork.platform.persistence.InsertBatch;
import org.masswork.platform.problem.ConflictProblem;
import org.masswork.platform.rest.ConstraintProblem;
import org.masswork.platform.problem.InvalidInputProblem;
import org.masswork.platform.problem.RuleViolationProblem;
import org.masswork.platform.language.Text;

@ApplicationScoped
public class VisitService {

    private static final Text RESOURCE_NAME = Text.of("走访", "visit");

    /** One visit per cadre, household and day (V43). */
    static final String ONCE_A_DAY_CONSTRAINT = "visit_once_a_day";

    /** The answer to a second visit of the day, given by the database's constraint rather than asked before. */
    @Produces
    static final ConstraintProblem ONCE_A_DAY = new ConstraintProblem(ONCE_A_DAY_CONSTRAINT, () -> new ConflictProblem(
            "visit-already-recorded", Text.of("该干部当天对该户的走访已记录", "This cadre's visit to this household on that day is already recorded")));

    private final VisitRepository visits;
    private final HouseholdRepository households;
    private final AssignmentReadThisRequest assignmentRead;
    private final CodeRedemption codes;
    private final WorkScope scope;
    private final CountyClock clock;
    private final IdempotentCreates idempotency;
    private final InsertBatch inserts;
    private final Outbox outbox;

    VisitService(VisitRepository visits, HouseholdRepository households, AssignmentReadThisRequest assignmentRead,
                 CodeRedemption codes, WorkScope scope, CountyClock clock, IdempotentCreates idempotency,
                 InsertBatch inserts, Outbox outbox) {
        this.visits = visits;
        this.households = households;
        this.assignmentRead = assignmentRead;
        this.codes = codes;
        this.scope = scope;
        this.clock = clock;
        this.idempotency = idempotency;
        this.inserts = inserts;
        this.outbox = outbox;
    }

    /**
     * Records the calling cadre's visit. The cadre must serve the household's station today and have
     * served it on the day of the visit; one visit per cadre, household and day, kept by the constraint
     * {@value #ONCE_A_DAY_CONSTRAINT} ({@link #ONCE_A_DAY}), also between two requests racing each other.
     * <p>
     * Without a confirmation code, at most four round trips to the database with the commit: the idempotency
     * record's lookup (with a key); the household's place with the cadre's assignment, in one query, which the
     * scope check answers from too ({@link AssignmentReadThisRequest}); and one statement for the visit, its roles,
     * its event and the idempotency record ({@link InsertBatch}). A code adds whether the visit is a second one (asked
     * before the code is tried, so that a second visit's code is not counted against the card, as before), its
     * card's and its own lookups and marking it used.
     */
    @Transactional
    @ReplayedOnConflict
    public VisitView record(RecordVisitRequest request, String idempotencyKey) {
        UUID cadreId = scope.caller().cadre().orElseThrow(ForbiddenException::new);
        return idempotency.once("record-visit", idempotencyKey, request, VisitView::id, this::get, () -> {
            ConfirmationMethod method = method(request.confirmation());
            VisitedHousehold household = visits.householdFor(cadreId, request.householdId()).orElseThrow(() ->
                    new RuleViolationProblem("unknown-household", Text.of("没有农户 " + request.householdId(), "No household " + request.householdId()), "householdId"));
            if (request.visitedOn().isAfter(clock.today(household.countyId()))) {
                throw new InvalidInputProblem("visitedOn", Text.of("不得晚于今天", "must not be in the future"));
            }
            assignmentRead.read(cadreId, household.cadreAssignment());
            ActiveAssignment assignment = household.cadreAssignment()
                    .filter(a -> a.stationId().equals(household.stationId()))
                    .orElseThrow(() -> new RuleViolationProblem("household-outside-cadre-station",
                            Text.of("该户所属工作站不由该干部服务", "The household belongs to a station the cadre is not serving"), "householdId"));
            scope.requireStation(household.countyId(), household.stationId(), household.townshipId());
            if (request.visitedOn().isBefore(assignment.startsOn())) {
                throw new RuleViolationProblem("visit-before-assignment", Text.of("该干部在本站的派驻始于 " + assignment.startsOn() + "，晚于走访日期", "The cadre's assignment at this station started on "
                        + assignment.startsOn() + ", after the visit's date"), "visitedOn");
            }
            Visit visit = new Visit();
            visit.id = UUID.randomUUID();
            visit.cadreId = cadreId;
            visit.householdId = household.id();
            visit.countyId = household.countyId();
            visit.stationId = household.stationId();
            visit.villageId = household.villageId();
            visit.townshipId = household.townshipId();
            visit.visitedOn = request.visitedOn();
            visit.roles.addAll(EnumSet.copyOf(request.roles()));
            visit.findings = request.findings().strip();
            visit.followUpNeeded = request.followUpNeeded();
            if (method == ConfirmationMethod.CODE && visits.recorded(cadreId, household.id(), request.visitedOn())) {
                // A code is tried only for a visit that would be recorded: a second visit's code is neither checked
                // nor counted against the card. The constraint still decides for the visits that race each other.
                throw ONCE_A_DAY.problem().get();
            }
            if (method != null) {
                confirm(visit, method, request.confirmation());
            }
            visit.markReceived(request.recordedAt());
            inserts.add(visit);
            outbox.append(new HouseholdVisited(visit.id, visit.countyId, cadreId, visit.stationId, visit.villageId, visit.townshipId,
                    visit.householdId, visit.visitedOn, visit.roles.stream().sorted().toList(), visit.followUpNeeded,
                    visit.isConfirmed(), visit.confirmationMethod));
            return VisitView.of(visit);
        });
    }

    /** The household confirms a visit recorded without confirmation. */
    @Transactional
    public VisitView confirmLater(UUID visitId, ConfirmationRequest request) {
        Visit visit = visits.get(visitId);
        scope.requireVisible(RESOURCE_NAME, visitId, visit.countyId, visit.stationId, visit.townshipId);
        ConfirmationMethod method = method(request);
        if (method == null) {
            throw new InvalidInputProblem("confirmation", Text.of("须给出确认码或签字凭证编号（countersignatureRef）之一", "give either a code or a countersignatureRef"));
        }
        if (visit.isConfirmed()) {
            throw new ConflictProblem("visit-already-confirmed", Text.of("走访 " + visitId + " 已于 " + visit.confirmedAt + " 确认；已确认的走访不能再次确认", "Visit " + visitId + " was confirmed on " + visit.confirmedAt
                    + "; a confirmed visit cannot be confirmed again"));
        }
        confirm(visit, method, request);
        visits.flush();
        outbox.append(new VisitConfirmed(visit.id, visit.countyId, visit.cadreId, visit.stationId, visit.villageId, visit.townshipId,
                visit.householdId, visit.visitedOn, visit.confirmationMethod, visit.confirmedAt));
        return VisitView.of(visit);
    }

    @Transactional
    public VisitView get(UUID id) {
        Visit visit = visits.get(id);
        scope.requireVisible(RESOURCE_NAME, id, visit.countyId, visit.stationId, visit.townshipId);
        return VisitView.of(visit);
    }

    @Transactional
    public Page<VisitView> list(VisitFilter filter, PageQuery page) {
        WorkScope.Area area = scope.area(filter.stationId(), filter.townshipId());
        VisitFilter scoped = new VisitFilter(area.countyId(), area.stationId(), area.townshipId(), filter.villageId(), filter.householdId(),
                filter.cadreId(), filter.from(), filter.to(), filter.confirmed(), filter.followUpNeeded());
        return Page.of(visits.search(scoped), page, VisitView::of);
    }

    @Transactional
    public VisitCoverageView coverage(UUID villageId, Integer year) {
        Station station = scope.stationOfVillage(villageId);
        int wanted = year == null ? clock.today(station.countyId).getYear() : year;
        LocalDate from = LocalDate.of(wanted, 1, 1);
        return VisitCoverageView.of(station.villageId, wanted, households.countInVillage(station.villageId),
                visits.coverage(station.villageId, from, from.withDayOfYear(from.lengthOfYear())));
    }

    private void confirm(Visit visit, ConfirmationMethod method, ConfirmationRequest request) {
        if (method == ConfirmationMethod.CODE) {
            visit.confirmationCodeId = codes.redeem(visit.householdId, request.code(), visit.id);
        } else {
            visit.countersignatureRef = request.countersignatureRef().strip();
        }
        visit.confirmationMethod = method;
        visit.confirmedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static ConfirmationMethod method(ConfirmationRequest confirmation) {
        if (confirmation == null || confirmation.code() == null && confirmation.countersignatureRef() == null) {
            return null;
        }
        if (confirmation.code() != null && confirmation.countersignatureRef() != null) {
            throw new InvalidInputProblem("confirmation", Text.of("确认码与签字凭证编号（countersignatureRef）只能给出其一，不能同时给出", "give either a code or a countersignatureRef, not both"));
        }
        return confirmation.code() != null ? ConfirmationMethod.CODE : ConfirmationMethod.COUNTERSIGNATURE;
    }
}
