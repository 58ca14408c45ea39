package org.masswork.risk.matter;

/**
 * What is under review. Each kind names the one of the three rules that forbids approving it at high risk:
 * a policy with obvious risk is not issued (不出台), a project with seriously unbalanced interests is not
 * approved (不批准), work that wastes people's labour and money is not started (不开展).
 */
public enum MatterKind {
    POLICY("政策", "policy-with-obvious-risk-not-issued", "不出台: a policy with obvious stability risk is not issued"),
    CONSTRUCTION_PROJECT("建设项目", "unbalanced-project-not-approved",
            "不批准: a project with seriously unbalanced interests is not approved"),
    MAJOR_DECISION("重大决策", "wasteful-work-not-started",
            "不开展: work that wastes people's labour and money is not started");

    private final String label;
    private final String highRiskRule;
    private final String highRiskRuleText;

    MatterKind(String label, String highRiskRule, String highRiskRuleText) {
        this.label = label;
        this.highRiskRule = highRiskRule;
        this.highRiskRuleText = highRiskRuleText;
    }

    public String label() {
        return label;
    }

    /** The code of the rule an approval at high risk breaks. */
    public String highRiskRule() {
        return highRiskRule;
    }

    public String highRiskRuleText() {
        return highRiskRuleText;
    }
}
