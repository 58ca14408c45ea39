package org.masswork.cadre.assignment;

public enum EndReason {
    ROTATION("轮换"),
    PROMOTION("提拔"),
    RECALLED("召回"),
    OTHER("其他");

    private final String label;

    EndReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
