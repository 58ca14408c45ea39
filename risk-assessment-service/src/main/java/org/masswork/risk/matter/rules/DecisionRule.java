package org.masswork.risk.matter.rules;

import java.util.EnumSet;
import java.util.Set;
import org.masswork.risk.matter.MatterKind;
import org.masswork.platform.language.Labelled;

/**
 * The three rules of the county (三不: 不出台, 不批准, 不开展), with the brief's fourth clause of the first one: a
 * policy most people do not understand or support is postponed (缓出台). Each is its own test of the matter, for
 * the kinds it applies to; any that holds blocks approval. Listed in the order a refusal names them.
 */
public enum DecisionRule implements Labelled {
    OBVIOUS_STABILITY_RISK("有明显稳定风险的不出台", "obvious-stability-risk-not-issued", RuleConsequence.NOT_ISSUED,
            EnumSet.allOf(MatterKind.class)),
    UNBALANCED_INTERESTS("利益严重失衡的项目不批准", "unbalanced-project-not-approved", RuleConsequence.NOT_APPROVED,
            EnumSet.of(MatterKind.CONSTRUCTION_PROJECT, MatterKind.MAJOR_DECISION)),
    WASTEFUL_WORK("劳民伤财的事不开展", "wasteful-work-not-started", RuleConsequence.NOT_STARTED,
            EnumSet.of(MatterKind.CONSTRUCTION_PROJECT, MatterKind.MAJOR_DECISION)),
    POLICY_NOT_UNDERSTOOD("多数群众不理解不支持的政策缓出台", "policy-not-understood-postponed", RuleConsequence.POSTPONED,
            EnumSet.of(MatterKind.POLICY));

    private final String label;
    private final String problemCode;
    private final RuleConsequence consequence;
    private final Set<MatterKind> kinds;

    DecisionRule(String label, String problemCode, RuleConsequence consequence, Set<MatterKind> kinds) {
        this.label = label;
        this.problemCode = problemCode;
        this.consequence = consequence;
        this.kinds = kinds;
    }

    @Override
    public String label() {
        return label;
    }

    /** The slug of the problem type (urn:masswork:problem:...) when this rule refuses an approval. */
    public String problemCode() {
        return problemCode;
    }

    public RuleConsequence consequence() {
        return consequence;
    }

    public boolean appliesTo(MatterKind kind) {
        return kinds.contains(kind);
    }
}
