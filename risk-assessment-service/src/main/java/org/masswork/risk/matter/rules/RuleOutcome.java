package org.masswork.risk.matter.rules;

/** Whether a rule, evaluated on a matter, lets it be approved. */
public enum RuleOutcome {
    BLOCKS_APPROVAL("不得批准"),
    PASSES("通过");

    private final String label;

    RuleOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
