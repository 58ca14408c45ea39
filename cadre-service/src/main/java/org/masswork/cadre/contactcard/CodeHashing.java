package org.masswork.cadre.contactcard;

/** How a card's one-time codes are stored ({@link ConfirmationCodes}). */
public enum CodeHashing {
    /** HMAC-SHA256 under the service's code key of the card's salt and the code: cards issued with the key set. */
    HMAC_SHA256,
    /** PBKDF2-HMAC-SHA256 of the code with the card's salt: cards issued before the key, or without it. */
    PBKDF2
}
