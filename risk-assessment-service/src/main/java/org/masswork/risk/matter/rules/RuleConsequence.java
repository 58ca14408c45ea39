package org.masswork.risk.matter.rules;

import org.masswork.platform.language.Labelled;

/**
 * What a rule that holds says of the matter. Each forbids approving it; the collective decision then vetoes or
 * postpones it (a postponed matter may be reassessed once the cause is dealt with).
 */
public enum RuleConsequence implements Labelled {
    NOT_ISSUED("不出台"),
    NOT_APPROVED("不批准"),
    NOT_STARTED("不开展"),
    POSTPONED("缓出台");

    private final String label;

    RuleConsequence(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
