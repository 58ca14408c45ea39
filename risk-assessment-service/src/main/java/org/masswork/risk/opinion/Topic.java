package org.masswork.risk.opinion;

import org.masswork.platform.language.Labelled;

/** What an opinion is about. */
public enum Topic implements Labelled {
    COMPENSATION("补偿标准"),
    RESETTLEMENT("安置"),
    ENVIRONMENT("环境影响"),
    GRAVES("迁坟"),
    JOBS("就业"),
    OTHER("其他");

    private final String label;

    Topic(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
