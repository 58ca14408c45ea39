package org.masswork.risk.matter;

/** What the collective decision made of a matter. */
public enum Decision {
    APPROVE("批准实施"),
    POSTPONE("暂缓实施"),
    VETO("否决");

    private final String label;

    Decision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
