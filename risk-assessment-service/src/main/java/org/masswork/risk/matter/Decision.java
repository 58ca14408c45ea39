package org.masswork.risk.matter;

import org.masswork.platform.language.Labelled;

/** What the collective decision made of a matter. */
public enum Decision implements Labelled {
    APPROVE("批准实施"),
    POSTPONE("暂缓实施"),
    VETO("否决");

    private final String label;

    Decision(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
