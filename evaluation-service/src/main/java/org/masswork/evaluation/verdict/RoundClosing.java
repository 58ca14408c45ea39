package org.masswork.evaluation.verdict;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.masswork.evaluation.EvaluationRules;
import org.masswork.platform.county.KnownCounties;
import org.masswork.evaluation.figures.Period;
import org.masswork.evaluation.round.EvaluationRound;
import org.masswork.evaluation.round.HalfYear;
import org.masswork.evaluation.round.RoundGate;
import org.masswork.evaluation.round.RoundQueries;
import org.masswork.evaluation.round.RoundRepository;
import org.masswork.evaluation.round.RoundService;
import org.masswork.evaluation.round.RoundStatus;
import org.masswork.evaluation.round.RoundView;
import org.masswork.platform.outbox.Outbox;
import org.masswork.platform.problem.ConflictProblem;
import org.masswork.platform.security.CallerScope;
import org.masswork.platform.language.Text;

/**
 * The close's transaction: no more ballots, a verdict for every cadre, an EvaluationConcluded for each one graded
 * and an EvaluationNotGraded for each one not, and the round's counts in EvaluationRoundClosed.
 */
@ApplicationScoped
public class RoundClosing {

    private final RoundRepository rounds;
    private final RoundQueries roundQueries;
    private final RoundGate gate;
    private final VerdictQueries queries;
    private final VerdictRepository verdicts;
    private final VerdictFormula formula;
    private final Outbox outbox;
    private final CallerScope caller;
    private final EvaluationRules rules;
    private final KnownCounties counties;

    RoundClosing(RoundRepository rounds, RoundQueries roundQueries, RoundGate gate, VerdictQueries queries,
                 VerdictRepository verdicts, VerdictFormula formula, Outbox outbox, CallerScope caller, EvaluationRules rules,
                 KnownCounties counties) {
        this.rounds = rounds;
        this.roundQueries = roundQueries;
        this.gate = gate;
        this.queries = queries;
        this.verdicts = verdicts;
        this.formula = formula;
        this.outbox = outbox;
        this.caller = caller;
        this.rules = rules;
        this.counties = counties;
    }

    @Transactional
    public RoundView close(UUID roundId, CloseRoundRequest request) {
        gate.enterExclusive(roundId);
        EvaluationRound round = rounds.get(roundId);
        if (!RoundService.runsRound(caller, round)) {
            throw new ForbiddenException();
        }
        if (round.status == RoundStatus.CLOSED) {
            throw new ConflictProblem("round-already-closed", Text.of("该轮测评已关闭（CLOSED），不能再次关闭", "The round is CLOSED: it cannot be closed again"));
        }
        if (request.version() != round.version) {
            throw new ConflictProblem("stale-version", Text.of("该轮测评自版本 " + request.version() + " 以来已被修改", "The round changed since version " + request.version()));
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        round.status = RoundStatus.CLOSED;
        round.closedAt = now;
        HalfYear half = HalfYear.parse(round.period);
        ZoneId zone = counties.zone(round.countyId, rules.zone());
        LocalDate last = Period.of(half.from(), half.until(), zone).lastDayCome(LocalDate.now(zone));
        long graded = 0;
        long notGraded = 0;
        for (VerdictInputs inputs : queries.inputs(round.id, half.from(), last, zone)) {
            VerdictFormula.Result result = formula.apply(inputs);
            Verdict verdict = verdict(round, inputs, result, now);
            verdicts.persist(verdict);
            if (result.graded()) {
                graded++;
                outbox.append(new EvaluationConcluded(round.countyId, verdict.cadreId, round.id, round.period, verdict.grade,
                        verdict.consequence, now));
            } else {
                notGraded++;
                outbox.append(new EvaluationNotGraded(round.countyId, verdict.cadreId, round.id, round.period,
                        result.notGradedReasons(), now));
            }
        }
        rounds.flush();
        RoundView view = roundQueries.view(round);
        outbox.append(new EvaluationRoundClosed(round.countyId, round.id, round.period, round.townshipId, view.cadres(), graded, notGraded,
                view.ballotsIssued(), view.ballotsReturned(), view.ballotsInvalid(), now));
        return view;
    }

    private Verdict verdict(EvaluationRound round, VerdictInputs in, VerdictFormula.Result result, OffsetDateTime now) {
        boolean shown = in.validBallots() >= rules.grading().minValidBallots();
        Verdict verdict = new Verdict();
        verdict.roundId = round.id;
        verdict.countyId = round.countyId;
        verdict.cadreId = in.cadreId();
        verdict.stationId = in.stationId();
        verdict.townshipId = in.townshipId();
        verdict.period = round.period;
        verdict.ballotsValid = in.validBallots();
        verdict.satisfied = shown ? in.satisfied() : null;
        verdict.basicallySatisfied = shown ? in.basicallySatisfied() : null;
        verdict.unsatisfied = shown ? in.unsatisfied() : null;
        verdict.averageScores = shown ? decimal(in.averageScores()) : null;
        verdict.peopleScore = decimal(result.people());
        verdict.supervisionScore = decimal(in.supervisionScore());
        verdict.supervisionReviews = in.supervisionReviews();
        verdict.objectiveScore = decimal(result.objective());
        verdict.totalScore = decimal(result.total());
        verdict.grade = result.grade();
        verdict.consequence = result.consequence();
        verdict.notGradedReasons = NotGradedReason.join(result.notGradedReasons());
        verdict.serviceDays = in.serviceDays();
        verdict.stationDaysDue = in.stationDaysDue();
        verdict.stationDaysAttended = in.stationDaysAttended();
        verdict.casesClosed = in.casesClosed();
        verdict.casesClosedOnTime = in.casesClosedOnTime();
        verdict.visits = in.visits();
        verdict.visitsByRole(in.visitsByRole());
        verdict.concludedAt = now;
        return verdict;
    }

    private static BigDecimal decimal(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
}
