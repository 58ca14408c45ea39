package org.masswork.cadre.contactcard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.masswork.cadre.household.HouseholdWorkConfig;
import org.masswork.platform.problem.RuleViolationProblem;

/** Confirms a visit with a one-time code from the household's current contact card. */
@ApplicationScoped
public class CodeRedemption {

    public static final String FIELD = "confirmation.code";

    private final ContactCardRepository cards;
    private final ConfirmationCodeRepository codes;
    private final ConfirmationCodes hashing;
    private final FailedCodeAttempts failures;
    private final int maxFailedAttempts;

    CodeRedemption(ContactCardRepository cards, ConfirmationCodeRepository codes, ConfirmationCodes hashing,
                   FailedCodeAttempts failures, HouseholdWorkConfig config) {
        this.cards = cards;
        this.codes = codes;
        this.hashing = hashing;
        this.failures = failures;
        this.maxFailedAttempts = config.card().maxFailedAttempts();
    }

    /** Uses the code for the visit, or fails with nothing used; a wrong code counts against the card. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID redeem(UUID householdId, String code, UUID visitId) {
        ContactCard card = cards.current(householdId).orElseThrow(() -> new RuleViolationProblem(
                "household-without-card", "The household has no contact card, so it has no codes to confirm with", FIELD));
        if (card.failedCodeAttempts >= maxFailedAttempts) {
            throw new RuleViolationProblem("card-codes-locked", "Too many wrong codes were tried against this household's"
                    + " card; its codes work again once a new card is issued", FIELD);
        }
        ConfirmationCode match = codes.byHash(card.id, hashing.hash(code, card)).orElse(null);
        if (match == null) {
            failures.count(card.id);
            throw new RuleViolationProblem("confirmation-code-invalid",
                    "The code is not one of the household's current card", FIELD);
        }
        if (!codes.use(match.id, visitId, OffsetDateTime.now(ZoneOffset.UTC))) {
            throw new RuleViolationProblem("confirmation-code-used", "This code has already confirmed a visit", FIELD);
        }
        return match.id;
    }
}
