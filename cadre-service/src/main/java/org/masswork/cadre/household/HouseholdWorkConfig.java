package org.masswork.cadre.household;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Settings of the household work: contact cards and their codes, the monthly report's deadline. */
@ConfigMapping(prefix = "masswork.household-work")
public interface HouseholdWorkConfig {

    Card card();

    Report report();

    interface Card {
        /** One-time confirmation codes printed on each contact card. */
        @WithDefault("12")
        int codes();

        /** Wrong codes tried against a card before its codes stop working until the card is re-issued. */
        @WithDefault("5")
        int maxFailedAttempts();

        /**
         * The secret the codes of new cards are hashed with (HMAC-SHA256), kept out of the database: base64 of 32
         * random bytes. Production: from the secret cadre-privacy ({@code MASSWORK_HOUSEHOLD_WORK_CARD_CODE_KEY}).
         * Never changed while cards issued under it are in use: their codes would no longer match. Without it new
         * cards' codes are hashed with PBKDF2 ({@link #hashIterations()}) and the service warns at start.
         */
        Optional<String> codeKey();

        /**
         * PBKDF2 iterations of the codes of cards issued without a code key (and before there was one): slows a
         * dump's brute force of a card's million possible codes, at that cost on every confirmation.
         */
        @WithDefault("5000")
        int hashIterations();

        /** How often each replica folds the card figures' deltas into their rows (contactcard.CardFiguresFoldJob). */
        @WithDefault("2s")
        Duration figuresFoldInterval();
    }

    interface Report {
        /** The monthly report of a month is due by the end of this day of the next month. */
        @WithDefault("5")
        int deadlineDay();
    }
}
