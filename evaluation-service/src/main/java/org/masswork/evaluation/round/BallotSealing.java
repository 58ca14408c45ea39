package org.masswork.evaluation.round;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Seals the ballots of closed rounds a close could not seal (its seal failed, or the service stopped in between):
 * at start and every minute. Several replicas may try at once; the round's gate and the partitions' presence make
 * the second a no-op.
 */
@ApplicationScoped
public class BallotSealing {

    private static final Logger LOG = Logger.getLogger(BallotSealing.class);

    private final BallotBox box;

    BallotSealing(BallotBox box) {
        this.box = box;
    }

    @Scheduled(every = "60s", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sealClosedRounds() {
        for (UUID roundId : box.unsealed()) {
            try {
                LOG.infof("Sealed closed round %s: %d ballots counted", roundId, box.seal(roundId));
            } catch (RuntimeException e) {
                LOG.errorf("Sealing the ballots of closed round %s failed, to be retried: %s", roundId, e.toString());
            }
        }
    }
}
