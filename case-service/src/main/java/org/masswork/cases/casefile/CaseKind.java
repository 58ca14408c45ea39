package org.masswork.cases.casefile;

/** What the villager brings to the station. */
public enum CaseKind {
    OPINION("意见建议"),
    PROBLEM("实际问题"),
    DISPUTE("矛盾纠纷"),
    ERRAND("代办事项"),
    PETITION("信访事项");

    private final String label;

    CaseKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
