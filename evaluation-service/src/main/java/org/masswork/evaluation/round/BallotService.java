package org.masswork.evaluation.round;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.masswork.platform.outbox.Outbox;
import org.masswork.platform.problem.ConflictProblem;
import org.masswork.platform.problem.RuleViolationProblem;
import org.masswork.platform.security.CallerScope;

/**
 * Casting ballots. The printed code is the credential, so casting needs no token. No Idempotency-Key
 * either: its stored request would tie the code to the ballot; a retried cast finds its code spent (422).
 * A good ballot is four statements: the round's gate, the code's delete, the ballot's and its event's inserts.
 */
@ApplicationScoped
public class BallotService {

    private final RoundRepository rounds;
    private final RoundQueries queries;
    private final RoundGate gate;
    private final BallotRepository ballots;
    private final Outbox outbox;
    private final CallerScope caller;

    BallotService(RoundRepository rounds, RoundQueries queries, RoundGate gate, BallotRepository ballots, Outbox outbox,
                  CallerScope caller) {
        this.rounds = rounds;
        this.queries = queries;
        this.gate = gate;
        this.ballots = ballots;
        this.outbox = outbox;
        this.caller = caller;
    }

    @Transactional
    public BallotReceipt cast(UUID roundId, CastBallotRequest request) {
        spend(roundId, request.cadreId(), request.code());
        Ballot ballot = newBallot(roundId, request.cadreId(), true);
        ballot.rating = request.rating();
        ballot.attitude = request.attitude().shortValue();
        ballot.effectiveness = request.effectiveness().shortValue();
        ballot.integrity = request.integrity().shortValue();
        ballot.diligence = request.diligence().shortValue();
        ballot.comment = request.comment() == null || request.comment().isBlank() ? null : request.comment().strip();
        return keep(ballot);
    }

    /** The round's organisers record a returned paper ballot that cannot be read. */
    @Transactional
    public BallotReceipt spoil(UUID roundId, SpoiledBallotRequest request) {
        EvaluationRound round = rounds.get(roundId);
        if (round.townshipId == null ? !caller.isCountyWide() : !caller.coversTownship(round.townshipId)) {
            throw new ForbiddenException();
        }
        spend(roundId, request.cadreId(), request.code());
        return keep(newBallot(roundId, request.cadreId(), false));
    }

    /**
     * Deletes the code if the round is open and the code is this cadre's, unused: one statement, so two
     * ballots with one code cannot both pass (the second finds the row gone once the first commits).
     */
    private void spend(UUID roundId, UUID cadreId, String code) {
        gate.enterShared(roundId);
        if (!queries.spendCode(roundId, cadreId, BallotCodes.hash(code))) {
            throw refusal(roundId, cadreId);
        }
    }

    /** Why a code was not spent; only on the failure path, so a good ballot costs no extra query. */
    private RuntimeException refusal(UUID roundId, UUID cadreId) {
        if (rounds.get(roundId).status == RoundStatus.CLOSED) {
            return new ConflictProblem("round-closed", "The round is CLOSED: ballots are no longer accepted");
        }
        if (!queries.inRound(roundId, cadreId)) {
            return new RuleViolationProblem("cadre-not-in-round", "Cadre " + cadreId + " is not evaluated in this round", "cadreId");
        }
        return new RuleViolationProblem("unknown-ballot-code",
                "No unused ballot code like this for this cadre in this round (a code works once)", "code");
    }

    private static Ballot newBallot(UUID roundId, UUID cadreId, boolean valid) {
        Ballot ballot = new Ballot();
        ballot.id = UUID.randomUUID();
        ballot.roundId = roundId;
        ballot.cadreId = cadreId;
        ballot.valid = valid;
        return ballot;
    }

    private BallotReceipt keep(Ballot ballot) {
        ballots.persist(ballot);
        outbox.append(new BallotCast(ballot.roundId, ballot.cadreId, ballot.valid));
        return new BallotReceipt(ballot.roundId, ballot.cadreId, ballot.valid);
    }
}
