package org.masswork.risk.matter;

import org.masswork.platform.language.Labelled;

/**
 * What is under review. Which of the three rules apply to a kind is the rule's own (rules.DecisionRule): a policy is
 * held to obvious stability risk (不出台) and to being understood and supported (缓出台); a project or major decision
 * to obvious stability risk, unbalanced interests (不批准) and wasted labour and money (不开展).
 */
public enum MatterKind implements Labelled {
    POLICY("政策"),
    CONSTRUCTION_PROJECT("建设项目"),
    MAJOR_DECISION("重大决策");

    private final String label;

    MatterKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
