package org.masswork.cadre.assignment;

import org.masswork.platform.language.Labelled;

public enum EndReason implements Labelled {
    ROTATION("轮换"),
    PROMOTION("提拔"),
    RECALLED("召回"),
    OTHER("其他");

    private final String label;

    EndReason(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
