package org.masswork.evaluation.round;

import org.masswork.platform.language.Labelled;

public enum Satisfaction implements Labelled {
    SATISFIED("满意"),
    BASICALLY_SATISFIED("基本满意"),
    UNSATISFIED("不满意");

    private final String label;

    Satisfaction(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
