package org.masswork.evaluation.round;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.masswork.platform.problem.ConflictProblem;
import org.masswork.platform.problem.NotFoundProblem;
import org.masswork.platform.problem.RuleViolationProblem;
import org.masswork.platform.security.CallerScope;
import org.masswork.platform.language.Text;

/**
 * Casting ballots. The printed code is the credential, so casting needs no token, and the code travels in the
 * body only. A good ballot is four statements and writes two rows, in the round's own partitions (see
 * {@link BallotBox}): the round's gate, the round's state, the code's delete and the ballot's insert. Nothing
 * else: no event, no log line, no Idempotency-Key record (its stored request would tie the code to the ballot).
 * A retried or replayed cast finds its code spent and is refused exactly as an unknown code is (422).
 */
@ApplicationScoped
public class BallotService {

    private final RoundRepository rounds;
    private final RoundQueries queries;
    private final RoundGate gate;
    private final BallotBox box;
    private final BallotCodeHash hash;
    private final CallerScope caller;
    private final EntityManager entityManager;

    BallotService(RoundRepository rounds, RoundQueries queries, RoundGate gate, BallotBox box, BallotCodeHash hash,
                  CallerScope caller, EntityManager entityManager) {
        this.rounds = rounds;
        this.queries = queries;
        this.gate = gate;
        this.box = box;
        this.hash = hash;
        this.caller = caller;
        this.entityManager = entityManager;
    }

    @Transactional
    public BallotReceipt cast(UUID roundId, CastBallotRequest request) {
        spend(roundId, request.cadreId(), request.code());
        box.drop(roundId, request.cadreId(), request);
        return new BallotReceipt(roundId, request.cadreId(), true);
    }

    /** The round's organisers record a returned paper ballot that cannot be read: its code is spent, it counts as invalid. */
    @Transactional
    public BallotReceipt spoil(UUID roundId, SpoiledBallotRequest request) {
        if (!RoundService.runsRound(caller, rounds.get(roundId))) {
            throw new ForbiddenException();
        }
        spend(roundId, request.cadreId(), request.code());
        box.drop(roundId, request.cadreId(), null);
        return new BallotReceipt(roundId, request.cadreId(), false);
    }

    /**
     * Deletes the code if the round is open and the code is this cadre's, unused: one statement, so two ballots
     * with one code cannot both pass (the second finds the row gone once the first commits). The round's state is
     * read after the gate, so a close either waits for this ballot or is seen.
     */
    private void spend(UUID roundId, UUID cadreId, String code) {
        gate.enterShared(roundId);
        List<?> rows = entityManager.createNativeQuery("select status, keyed_codes from evaluation_round where id = :id")
                .setParameter("id", roundId).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundProblem(Text.of("测评轮次", "evaluation round"), roundId);
        }
        Object[] round = (Object[]) rows.get(0);
        if (RoundStatus.CLOSED.name().equals(round[0])) {
            throw new ConflictProblem("round-closed", Text.of("该轮测评已关闭（CLOSED），不再接受选票", "The round is CLOSED: ballots are no longer accepted"));
        }
        if (!box.spend(roundId, cadreId, hash.of(roundId, (Boolean) round[1], code))) {
            throw refusal(roundId, cadreId);
        }
    }

    /**
     * Why a code of an open round was not spent (the gate keeps the round open meanwhile); only on the failure
     * path. A used code and a code never issued look the same.
     */
    private RuntimeException refusal(UUID roundId, UUID cadreId) {
        if (!queries.inRound(roundId, cadreId)) {
            return new RuleViolationProblem("cadre-not-in-round", Text.of("干部 " + cadreId + " 不在本轮测评之列", "Cadre " + cadreId + " is not evaluated in this round"), "cadreId");
        }
        return new RuleViolationProblem("unknown-ballot-code",
                Text.of("本轮测评中该干部没有这样的未用选票码（每个码只能用一次）", "No unused ballot code like this for this cadre in this round (a code works once)"), "code");
    }
}
