package org.masswork.evaluation.round;

import org.masswork.platform.language.Labelled;

public enum RoundStatus implements Labelled {
    OPEN("评议中"),
    CLOSED("已结束");

    private final String label;

    RoundStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
