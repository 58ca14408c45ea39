package org.masswork.cases.petition;

/** How the cadre helps a willing villager petition. */
public enum PetitionMode {
    ACCOMPANIED("陪同上访"),
    BY_PROXY("代理信访");

    private final String label;

    PetitionMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
