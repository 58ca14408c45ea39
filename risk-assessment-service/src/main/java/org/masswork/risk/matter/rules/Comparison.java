package org.masswork.risk.matter.rules;

import org.masswork.platform.language.Labelled;

/** When a check holds: the figure's value against the limit. */
public enum Comparison implements Labelled {
    AT_LEAST("≥"),
    AT_MOST("≤"),
    BELOW("<"),
    IS_HIGH("= 高风险");

    private final String label;

    Comparison(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
