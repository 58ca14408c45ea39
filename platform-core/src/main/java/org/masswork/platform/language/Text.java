package org.masswork.platform.language;

import java.util.Objects;

/**
 * A sentence or label a user reads, in each {@link Language}. Written where the rule or value it belongs to is, so a
 * reader sees both wordings beside the code that uses them.
 */
public record Text(String zh, String en) {

    public Text {
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
    }

    public static Text of(String zh, String en) {
        return new Text(zh, en);
    }

    /** Text already in the request's language (e.g. a Bean Validation message, interpolated in it). */
    public static Text resolved(String text) {
        return new Text(text, text);
    }

    public String in(Language language) {
        return language == Language.EN ? en : zh;
    }

    /** In the current request's language. */
    public String current() {
        return in(Language.current());
    }
}
