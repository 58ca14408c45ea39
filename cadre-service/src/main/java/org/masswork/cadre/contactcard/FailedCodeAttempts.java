package org.masswork.cadre.contactcard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Counts a wrong code in its own transaction: the request that tried it fails and writes nothing,
 * but the attempt must still count, or guessing would cost nothing.
 */
@ApplicationScoped
public class FailedCodeAttempts {

    private final ContactCardRepository cards;

    FailedCodeAttempts(ContactCardRepository cards) {
        this.cards = cards;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void count(UUID cardId) {
        cards.countFailedAttempt(cardId);
    }
}
