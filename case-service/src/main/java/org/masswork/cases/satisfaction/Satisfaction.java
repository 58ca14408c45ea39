package org.masswork.cases.satisfaction;

import org.masswork.platform.language.Labelled;

/** The villager's rating of the result. */
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
