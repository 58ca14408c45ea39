package org.masswork.risk.matter;

import org.masswork.platform.language.Labelled;

/** The stability risk of a matter. */
public enum RiskLevel implements Labelled {
    HIGH("高风险"),
    MEDIUM("中风险"),
    LOW("低风险");

    private final String label;

    RiskLevel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
