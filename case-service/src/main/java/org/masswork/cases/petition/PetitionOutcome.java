package org.masswork.cases.petition;

/** How a petition ended. */
public enum PetitionOutcome {
    ENDED_SATISFIED("息访息诉"),
    NOT_ENDED("未息访息诉");

    private final String label;

    PetitionOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
