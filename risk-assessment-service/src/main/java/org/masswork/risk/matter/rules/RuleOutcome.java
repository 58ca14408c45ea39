package org.masswork.risk.matter.rules;

import org.masswork.platform.language.Labelled;

/** Whether a rule, evaluated on a matter, lets it be approved. */
public enum RuleOutcome implements Labelled {
    BLOCKS_APPROVAL("不得批准"),
    PASSES("通过");

    private final String label;

    RuleOutcome(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
