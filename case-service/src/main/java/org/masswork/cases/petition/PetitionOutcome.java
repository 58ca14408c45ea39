package org.masswork.cases.petition;

import org.masswork.platform.language.Labelled;

/** How a petition ended. */
public enum PetitionOutcome implements Labelled {
    ENDED_SATISFIED("息访息诉"),
    NOT_ENDED("未息访息诉");

    private final String label;

    PetitionOutcome(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
