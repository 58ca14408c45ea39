package org.masswork.evaluation.verdict;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.masswork.evaluation.round.BallotBox;
import org.masswork.evaluation.round.RoundView;

/**
 * Closing a round: its transaction ({@link RoundClosing}), then, in a transaction of its own that writes nothing
 * else, the seal of its ballots ({@link BallotBox#seal}). Apart, so that no counted ballot shares a transaction id
 * with a verdict, an event or the round, which carry the close's time. A seal that fails here is retried by
 * {@code BallotSealing} within a minute; the close stands.
 */
@ApplicationScoped
public class ConclusionService {

    private static final Logger LOG = Logger.getLogger(ConclusionService.class);

    private final RoundClosing closing;
    private final BallotBox box;

    ConclusionService(RoundClosing closing, BallotBox box) {
        this.closing = closing;
        this.box = box;
    }

    public RoundView close(UUID roundId, CloseRoundRequest request) {
        RoundView closed = closing.close(roundId, request);
        try {
            LOG.infof("Closed round %s: %d ballots sealed", roundId, box.seal(roundId));
        } catch (RuntimeException e) {
            LOG.errorf("Sealing the ballots of closed round %s failed, to be retried: %s", roundId, e.toString());
        }
        return closed;
    }
}
