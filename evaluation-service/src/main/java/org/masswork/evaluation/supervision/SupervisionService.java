package org.masswork.evaluation.supervision;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.YearMonth;
import java.util.UUID;
import org.masswork.evaluation.facts.KnownStation;
import org.masswork.evaluation.facts.KnownStationRepository;
import org.masswork.evaluation.figures.FiguresService;
import org.masswork.evaluation.figures.Months;
import org.masswork.evaluation.figures.WorkFigures;
import org.masswork.platform.idempotency.IdempotentCreates;
import org.masswork.platform.paging.Page;
import org.masswork.platform.paging.PageQuery;
import org.masswork.platform.problem.ConflictProblem;
import org.masswork.platform.problem.RuleViolationProblem;
import org.masswork.platform.security.CallerScope;
import org.masswork.platform.language.Text;

@ApplicationScoped
public class SupervisionService {

    private final SupervisionReviewRepository reviews;
    private final KnownStationRepository stations;
    private final FiguresService figures;
    private final IdempotentCreates idempotency;
    private final CallerScope caller;

    SupervisionService(SupervisionReviewRepository reviews, KnownStationRepository stations, FiguresService figures,
                       IdempotentCreates idempotency, CallerScope caller) {
        this.reviews = reviews;
        this.stations = stations;
        this.figures = figures;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    /** One review per station and month; the month's objective figures are filled in from the facts. */
    @Transactional
    public ReviewView record(RecordReviewRequest request, String idempotencyKey) {
        return idempotency.once("record-supervision-review", idempotencyKey, request, ReviewView::id, this::get, () -> {
            KnownStation station = stations.findByIdOptional(request.stationId()).orElseThrow(() ->
                    new RuleViolationProblem("unknown-station", Text.of("没有工作站 " + request.stationId(), "No station " + request.stationId()), "stationId"));
            caller.requireTownship(station.countyId, station.townshipId);
            YearMonth month = Months.parse("month", request.month());
            if (reviews.exists(station.stationId, month.atDay(1))) {
                throw new ConflictProblem("station-reviewed-this-month", Text.of("该工作站 " + month + " 的督查评议已存在", "The station already has its review for " + month));
            }
            WorkFigures seen = figures.ofStation(station, month);
            SupervisionReview review = new SupervisionReview();
            review.id = UUID.randomUUID();
            review.countyId = station.countyId;
            review.stationId = station.stationId;
            review.townshipId = station.townshipId;
            review.month = month.atDay(1);
            review.attendanceOk = request.attendanceOk();
            review.diaryOk = request.diaryOk();
            review.ledgerOk = request.ledgerOk();
            review.caseHandlingOk = request.caseHandlingOk();
            review.score = request.score();
            review.comments = request.comments();
            review.reviewer = caller.subject();
            review.stationDaysAttended = seen.stationDaysAttended();
            review.visits = seen.visitsMade();
            review.casesOpened = seen.casesReceived();
            review.casesClosed = seen.casesClosed();
            review.casesClosedOnTime = seen.closedOnTime();
            review.casesEscalated = seen.casesEscalated();
            review.markReceived(request.recordedAt());
            reviews.persist(review);
            reviews.flush();
            return ReviewView.of(review);
        });
    }

    @Transactional
    public ReviewView get(UUID id) {
        SupervisionReview review = reviews.get(id);
        caller.requireStation(review.countyId, review.stationId, review.townshipId);
        return ReviewView.of(review);
    }

    @Transactional
    public Page<ReviewView> list(YearMonth month, UUID townshipId, UUID stationId, PageQuery page) {
        UUID county = caller.county().orElseThrow(ForbiddenException::new);
        return Page.of(reviews.search(county, month == null ? null : month.atDay(1), scopedTownship(county, townshipId), stationId),
                page, ReviewView::of);
    }

    /** The station teams of the scope without a review for the month. */
    @Transactional
    public Page<UnreviewedStationView> unreviewed(YearMonth month, UUID townshipId, PageQuery page) {
        UUID county = caller.county().orElseThrow(ForbiddenException::new);
        return Page.of(stations.unreviewed(county, month.atDay(1), scopedTownship(county, townshipId)), page,
                s -> new UnreviewedStationView(s.stationId, s.villageId, s.townshipId));
    }

    /** Within the caller's county: county roles choose any township (or none); a township officer always gets their own. */
    private UUID scopedTownship(UUID countyId, UUID townshipId) {
        if (caller.isCountyWide()) {
            return townshipId;
        }
        UUID own = caller.township().orElseThrow(ForbiddenException::new);
        caller.requireTownship(countyId, townshipId == null ? own : townshipId);
        return own;
    }
}
