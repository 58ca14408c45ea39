package org.masswork.cadre.household;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

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

        /** PBKDF2 iterations for hashing the codes: enough to slow a dump's brute force, cheap enough per visit. */
        @WithDefault("5000")
        int hashIterations();
    }

    interface Report {
        /** The monthly report of a month is due by the end of this day of the next month. */
        @WithDefault("5")
        int deadlineDay();
    }
}
