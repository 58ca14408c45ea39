package org.masswork.evaluation.round;

public enum RoundStatus {
    OPEN("评议中"),
    CLOSED("已结束");

    private final String label;

    RoundStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
