package org.masswork.cases.petition;

import org.masswork.platform.language.Labelled;

/** How the cadre helps a willing villager petition. */
public enum PetitionMode implements Labelled {
    ACCOMPANIED("陪同上访"),
    BY_PROXY("代理信访");

    private final String label;

    PetitionMode(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
