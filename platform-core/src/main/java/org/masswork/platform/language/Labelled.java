package org.masswork.platform.language;

import java.util.Locale;

/**
 * An enum whose codes users see with a label: {@link #label()} is the Chinese label (the one stored in notes and
 * used in rules), the English label is the code in words ({@code DISPUTE_MEDIATOR}: "Dispute mediator") unless the enum
 * gives a better one. Views show {@link #displayLabel()}, the label in the request's language.
 */
public interface Labelled {

    /** The Chinese label. */
    String label();

    String name();

    default String englishLabel() {
        String words = name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    default String label(Language language) {
        return language == Language.EN ? englishLabel() : label();
    }

    /** The label in the current request's language. */
    default String displayLabel() {
        return label(Language.current());
    }
}
