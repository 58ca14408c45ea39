package org.masswork.gateway.language;

import java.util.Objects;

/** A sentence or label a user reads, in each {@link Language} (as the platform's {@code Text}). */
public record Text(String zh, String en) {

    public Text {
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
    }

    public static Text of(String zh, String en) {
        return new Text(zh, en);
    }

    public String in(Language language) {
        return language == Language.EN ? en : zh;
    }
}
