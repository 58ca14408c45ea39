package org.masswork.cadre.contactcard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.masswork.cadre.household.HouseholdWorkConfig;
import org.masswork.platform.problem.RuleViolationProblem;
import org.masswork.platform.language.Text;

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
                "household-without-card", Text.of("该户没有联系卡，因此没有可用于确认的确认码", "The household has no contact card, so it has no codes to confirm with"), FIELD));
        if (card.failedCodeAttempts >= maxFailedAttempts) {
            throw new RuleViolationProblem("card-codes-locked", Text.of("对该户联系卡尝试的错误确认码过多；补发新卡后确认码方可再用", "Too many wrong codes were tried against this household's"
                    + " card; its codes work again once a new card is issued"), FIELD);
        }
        ConfirmationCode match = codes.byHash(card.id, hashing.hash(code, card)).orElse(null);
        if (match == null) {
            failures.count(card.id);
            throw new RuleViolationProblem("confirmation-code-invalid",
                    Text.of("该确认码不属于该户当前的联系卡", "The code is not one of the household's current card"), FIELD);
        }
        if (!codes.use(match.id, visitId, OffsetDateTime.now(ZoneOffset.UTC))) {
            throw new RuleViolationProblem("confirmation-code-used", Text.of("该确认码已用于确认一次走访", "This code has already confirmed a visit"), FIELD);
        }
        return match.id;
    }
}
