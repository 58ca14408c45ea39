package org.masswork.cases.casefile;

import org.masswork.platform.language.Labelled;

/** What the villager brings to the station. */
public enum CaseKind implements Labelled {
    OPINION("意见建议"),
    PROBLEM("实际问题"),
    DISPUTE("矛盾纠纷"),
    ERRAND("代办事项"),
    PETITION("信访事项");

    private final String label;

    CaseKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
