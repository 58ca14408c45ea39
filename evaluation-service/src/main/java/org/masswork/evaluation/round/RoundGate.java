package org.masswork.evaluation.round;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * PostgreSQL advisory locks held to the end of the transaction. Ballots and the close of a round: every
 * ballot holds the round's gate shared, the close holds it exclusively, so the close waits for the ballots in
 * flight and a ballot that comes later sees the round closed. Not a lock on the round's row: hundreds of
 * ballots a second sharing one row lock would each rewrite the row (a multixact per ballot). Opening rounds
 * of one county and half year is one at a time, so two overlapping scopes cannot both pass their check.
 * The two-key form never meets the outbox relay's one-key lock.
 */
@ApplicationScoped
public class RoundGate {

    /** First keys; the second is the round id's or period's hash (a collision only makes two rounds wait on each other). */
    private static final int ROUND_GATE = 0x45564c52;
    private static final int OPENING = 0x45564f50;

    private final EntityManager entityManager;

    RoundGate(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void enterShared(UUID roundId) {
        lock("pg_advisory_xact_lock_shared", ROUND_GATE, roundId.hashCode());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void enterExclusive(UUID roundId) {
        lock("pg_advisory_xact_lock", ROUND_GATE, roundId.hashCode());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void enterOpening(UUID countyId, String period) {
        lock("pg_advisory_xact_lock", OPENING, (countyId + period).hashCode());
    }

    private void lock(String function, int first, int second) {
        entityManager.createNativeQuery("select count(*) from " + function + "(:first, :second)")
                .setParameter("first", first).setParameter("second", second).getSingleResult();
    }
}
