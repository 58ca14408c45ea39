package org.masswork.risk.evidence;

/** What a case event means for the evidence: the case is (again) open, or no longer open. */
public enum CaseChange {
    OPENED(true),
    SETTLED(false);

    private final boolean open;

    CaseChange(boolean open) {
        this.open = open;
    }

    public boolean open() {
        return open;
    }
}
