package org.masswork.evaluation.round;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.masswork.evaluation.EvaluationRules;
import org.masswork.platform.county.KnownCounties;
import org.masswork.platform.outbox.Outbox;
import org.masswork.platform.paging.Page;
import org.masswork.platform.paging.PageQuery;
import org.masswork.platform.problem.ConflictProblem;
import org.masswork.platform.problem.ProblemException;
import org.masswork.platform.problem.RuleViolationProblem;
import org.masswork.platform.security.CallerScope;
import org.masswork.platform.security.Role;
import org.masswork.platform.language.Text;

@ApplicationScoped
public class RoundService {

    private final RoundRepository rounds;
    private final RoundQueries queries;
    private final RoundGate gate;
    private final BallotBox box;
    private final BallotCodeHash hash;
    private final Outbox outbox;
    private final CallerScope caller;
    private final EvaluationRules rules;
    private final KnownCounties counties;

    RoundService(RoundRepository rounds, RoundQueries queries, RoundGate gate, BallotBox box, BallotCodeHash hash, Outbox outbox,
                 CallerScope caller, EvaluationRules rules, KnownCounties counties) {
        this.rounds = rounds;
        this.queries = queries;
        this.gate = gate;
        this.box = box;
        this.hash = hash;
        this.outbox = outbox;
        this.caller = caller;
        this.rules = rules;
        this.counties = counties;
    }

    /**
     * Who runs a round (opens and closes it, records spoiled ballots, sees how many ballots came in while it is
     * open): the county admin, and for a township's round that township's officers.
     */
    public static boolean runsRound(CallerScope caller, EvaluationRound round) {
        boolean ownTownship = round.townshipId != null && caller.hasRole(Role.TOWNSHIP_OFFICER)
                && caller.coversTownship(round.countyId, round.townshipId);
        return caller.hasRole(Role.COUNTY_ADMIN) && countyWideIn(caller, round.countyId) || ownTownship;
    }

    /** Whether the caller holds a county role of this county (province roles hold none). */
    public static boolean countyWideIn(CallerScope caller, UUID countyId) {
        return caller.isCountyWide() && caller.coversCounty(countyId);
    }

    /**
     * Opens the round, enrols the cadres stationed in its scope today and draws their representatives.
     * No Idempotency-Key: the response holds the one-time codes, which must not be stored anywhere;
     * a repeated open is refused: one round per half year for the county or a township, never both.
     */
    @Transactional
    public OpenedRoundView open(OpenRoundRequest request) {
        UUID county = caller.county().orElseThrow(ForbiddenException::new);
        boolean ownTownship = request.townshipId() != null && caller.hasRole(Role.TOWNSHIP_OFFICER)
                && caller.coversTownship(county, request.townshipId());
        if (!caller.hasRole(Role.COUNTY_ADMIN) && !ownTownship) {
            throw new ForbiddenException();
        }
        LocalDate today = counties.today(county, rules.zone());
        if (HalfYear.parse(request.period()).from().isAfter(today)) {
            throw new RuleViolationProblem("period-not-started", Text.of("半年度 " + request.period() + " 尚未开始", "The half year " + request.period() + " has not begun yet"), "period");
        }
        gate.enterOpening(county, request.period());
        if (rounds.overlapping(county, request.period(), request.townshipId())) {
            throw new ConflictProblem("round-exists", Text.of("覆盖此范围的 " + request.period() + " 测评轮次已开启或已关闭", "A round for " + request.period() + " covering this scope is already open or closed"));
        }
        EvaluationRound round = new EvaluationRound();
        round.id = UUID.randomUUID();
        round.countyId = county;
        round.period = request.period();
        round.townshipId = request.townshipId();
        round.status = RoundStatus.OPEN;
        round.representativesPerCadre = rules.representativesPerCadre();
        round.openedBy = caller.subject();
        round.openedAt = OffsetDateTime.now(ZoneOffset.UTC);
        round.keyedCodes = hash.keyed();
        round.markReceived(request.recordedAt());
        rounds.persist(round);
        rounds.flush();
        int cadres = queries.enrolStationedCadres(round, today);
        if (cadres == 0) {
            throw new RuleViolationProblem("no-stationed-cadres", Text.of("该轮测评范围内没有派驻干部", "No cadre is stationed in the round's scope"), "townshipId");
        }
        box.prepare(round.id);
        List<IssuedCode> codes = queries.drawRepresentatives(round, hash);
        queries.recordIssued(round, codes.size());
        outbox.append(new EvaluationRoundOpened(round.countyId, round.id, round.period, round.townshipId, cadres, codes.size()));
        return new OpenedRoundView(queries.view(round), codes);
    }

    @Transactional
    public RoundView get(UUID id) {
        EvaluationRound round = rounds.get(id);
        requireReader(round);
        return queries.view(round);
    }

    @Transactional
    public Page<RoundView> list(String period, UUID townshipId, PageQuery page) {
        UUID county = caller.county().orElseThrow(ForbiddenException::new);
        if (!caller.isCountyWide()) {
            UUID own = caller.township().filter(t -> caller.hasRole(Role.TOWNSHIP_OFFICER)).orElseThrow(ForbiddenException::new);
            if (townshipId != null && !townshipId.equals(own)) {
                throw new ForbiddenException();
            }
            townshipId = own;
        }
        return Page.of(rounds.search(county, period, townshipId), page, queries::view);
    }

    /**
     * A cadre's ballots. While the round is open nobody sees how a cadre is rated, not even the organisers, or each
     * new ballot could be read off by difference: the organisers see the count, everyone else is refused. Once it is
     * closed, the cadre, their township's officers and county roles see the figures, from the configured minimum of
     * valid ballots on.
     */
    @Transactional
    public CadreResultsView results(UUID roundId, UUID cadreId) {
        EvaluationRound round = rounds.get(roundId);
        int shownFrom = rules.grading().minValidBallots();
        if (round.status == RoundStatus.OPEN && !runsRound(caller, round)) {
            throw new ProblemException(403, "results-after-close", Text.of("测评结果在本轮关闭后公布", "Results are shown once the round is closed"),
                    Text.of("本轮测评开放期间，任何人都看不到干部的测评结果；组织者只能看到选票数量",
                            "While the round is open a cadre's results are shown to no one; its organisers see the number of ballots only"));
        }
        UUID township = queries.townshipOf(round.id, cadreId).stream().findFirst().orElseThrow(() ->
                new RuleViolationProblem("cadre-not-in-round", Text.of("干部 " + cadreId + " 不在本轮测评之列", "Cadre " + cadreId + " is not evaluated in this round"), "cadreId"));
        if (round.status == RoundStatus.OPEN) {
            return queries.count(round, cadreId, shownFrom);
        }
        boolean own = caller.cadre().filter(cadreId::equals).isPresent() && caller.coversCounty(round.countyId);
        if (!own && !caller.coversTownship(round.countyId, township)) {
            throw new ForbiddenException();
        }
        return queries.results(round, cadreId, shownFrom);
    }

    private void requireReader(EvaluationRound round) {
        if (round.townshipId == null ? !countyWideIn(caller, round.countyId) : !caller.coversTownship(round.countyId, round.townshipId)) {
            throw new ForbiddenException();
        }
    }
}
