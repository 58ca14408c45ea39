package org.masswork.cadre.rotation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.masswork.cadre.assignment.Assignment;
import org.masswork.cadre.assignment.AssignmentRepository;
import org.masswork.cadre.assignment.AssignmentService;
import org.masswork.cadre.assignment.AssignmentView;
import org.masswork.cadre.assignment.EndReason;
import org.masswork.cadre.assignment.Joining;
import org.masswork.cadre.cadre.Cadre;
import org.masswork.cadre.cadre.CadreRepository;
import org.masswork.cadre.county.CountyClock;
import org.masswork.cadre.contactcard.ContactCardService;
import org.masswork.cadre.contactcard.IssuedContactCardView;
import org.masswork.cadre.scope.WorkScope;
import org.masswork.cadre.station.Station;
import org.masswork.cadre.station.StationRepository;
import org.masswork.platform.idempotency.IdempotentCreates;
import org.masswork.platform.language.Text;
import org.masswork.platform.outbox.Outbox;
import org.masswork.platform.problem.ConflictProblem;
import org.masswork.platform.problem.NotFoundProblem;
import org.masswork.platform.problem.RuleViolationProblem;

/**
 * Hands a station over from an outgoing cadre to a successor in one transaction: the outgoing term ends for ROTATION,
 * the successor's begins in the same role under the team rules, the station's households' contact cards are
 * re-issued showing the successor (the old cards stop confirming visits), and {@link StationHandedOver} tells
 * case-service to hand the outgoing cadre's open cases there to the successor. Any refusal writes nothing.
 */
@ApplicationScoped
public class HandoverService {

    /** The request's field naming the successor, which a refused successor's problem names. */
    static final String SUCCESSOR = "successorCadreId";

    private final AssignmentService assignmentService;
    private final AssignmentRepository assignments;
    private final StationHandoverRepository handovers;
    private final StationRepository stations;
    private final CadreRepository cadres;
    private final ContactCardService contactCards;
    private final IdempotentCreates idempotency;
    private final Outbox outbox;
    private final CountyClock clock;
    private final WorkScope scope;

    HandoverService(AssignmentService assignmentService, AssignmentRepository assignments,
                    StationHandoverRepository handovers, StationRepository stations, CadreRepository cadres,
                    ContactCardService contactCards, IdempotentCreates idempotency, Outbox outbox, CountyClock clock,
                    WorkScope scope) {
        this.scope = scope;
        this.assignmentService = assignmentService;
        this.assignments = assignments;
        this.handovers = handovers;
        this.stations = stations;
        this.cadres = cadres;
        this.contactCards = contactCards;
        this.idempotency = idempotency;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public HandoverView handOver(UUID assignmentId, HandOverStationRequest request, String idempotencyKey) {
        List<IssuedContactCardView> reissued = new ArrayList<>();
        HandoverView handover = idempotency.once("hand-over-station", idempotencyKey, new Keyed(assignmentId, request),
                HandoverView::id, this::get, () -> create(assignmentId, request, reissued));
        return reissued.isEmpty() ? handover : new HandoverView(handover.id(), handover.stationId(), handover.handedOverOn(),
                handover.outgoing(), handover.successor(), handover.cardsReissued(), List.copyOf(reissued));
    }

    private HandoverView create(UUID assignmentId, HandOverStationRequest request, List<IssuedContactCardView> reissued) {
        Assignment outgoing = assignments.get(assignmentId);
        scope.requireOwnCounty(AssignmentRepository.ASSIGNMENT, assignmentId, outgoing.countyId);
        Station station = stations.findByIdOptional(outgoing.stationId, LockModeType.PESSIMISTIC_WRITE).orElseThrow(() ->
                new NotFoundProblem(Text.of("工作站", "station"), outgoing.stationId));
        if (outgoing.version != request.version()) {
            throw new ConflictProblem("stale-version", Text.of("派驻自版本 " + request.version() + " 以来已被修改，当前版本为 "
                    + outgoing.version, "The assignment changed since version " + request.version() + "; it is now at "
                    + outgoing.version));
        }
        if (outgoing.cadreId.equals(request.successorCadreId())) {
            throw new RuleViolationProblem("successor-is-outgoing", Text.of("接任者须是离任干部以外的另一名干部",
                    "The successor must be another cadre than the outgoing one"),
                    SUCCESSOR);
        }
        Cadre successor = cadres.findByIdOptional(request.successorCadreId()).filter(c -> c.countyId.equals(outgoing.countyId))
                .orElseThrow(() ->
                new RuleViolationProblem("unknown-cadre", Text.of("没有干部 " + request.successorCadreId(),
                        "No cadre " + request.successorCadreId()), SUCCESSOR));
        LocalDate on = request.handedOverOn() != null ? request.handedOverOn() : clock.today(station.countyId);

        assignmentService.close(outgoing, on, EndReason.ROTATION, request.note(), "handedOverOn");
        Assignment next = assignmentService.start(station, successor, new Joining(outgoing.role, request.firstSecretary(),
                on, request.exceptionReason(), request.returnReason(), request.recordedAt(), SUCCESSOR));
        reissued.addAll(contactCards.reissueAtStation(station.id, request.recordedAt()));

        StationHandover handover = new StationHandover();
        handover.id = UUID.randomUUID();
        handover.stationId = station.id;
        handover.countyId = station.countyId;
        handover.outgoingAssignmentId = outgoing.id;
        handover.successorAssignmentId = next.id;
        handover.handedOverOn = on;
        handover.cardsReissued = reissued.size();
        handover.markReceived(request.recordedAt());
        handovers.persist(handover);
        handovers.flush();
        outbox.append(new StationHandedOver(handover.id, handover.countyId, station.id, station.villageId, station.townshipId, outgoing.id,
                outgoing.cadreId, next.id, successor.id, next.role.name(), on, handover.cardsReissued));
        return view(handover, outgoing, next);
    }

    /** A handover as its replay answers: without the cards' codes, which are shown once. */
    @Transactional
    public HandoverView get(UUID id) {
        StationHandover handover = handovers.get(id);
        return view(handover, assignments.get(handover.outgoingAssignmentId), assignments.get(handover.successorAssignmentId));
    }

    private static HandoverView view(StationHandover handover, Assignment outgoing, Assignment successor) {
        return new HandoverView(handover.id, handover.stationId, handover.handedOverOn, AssignmentView.of(outgoing),
                AssignmentView.of(successor), handover.cardsReissued, null);
    }

    /** The request an Idempotency-Key stands for: the same body for another assignment is another request. */
    record Keyed(UUID assignmentId, HandOverStationRequest request) {
    }
}
