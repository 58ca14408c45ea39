package org.masswork.cadre.department;

import org.masswork.cadre.village.VillageType;
import org.masswork.platform.language.Labelled;

/** The kind of a department decides which type of village its cadres are stationed in (包村原则). */
public enum DepartmentKind implements Labelled {
    PARTY_GOVERNMENT("党政", VillageType.DIFFICULT),
    POLITICAL_LEGAL("政法", VillageType.DISORDERLY),
    ECONOMIC("经济", VillageType.POOR),
    TECHNICAL("技术", VillageType.SPECIALISED);

    private final String label;
    private final VillageType matchingVillageType;

    DepartmentKind(String label, VillageType matchingVillageType) {
        this.label = label;
        this.matchingVillageType = matchingVillageType;
    }

    @Override
    public String label() {
        return label;
    }

    /** The type of village this kind's cadres are meant for. */
    public VillageType villageType() {
        return matchingVillageType;
    }

    /** Whether a cadre of this kind may serve a village of this type without a recorded exception. */
    public boolean matches(VillageType villageType) {
        return villageType == VillageType.ORDINARY || villageType == matchingVillageType;
    }

    public static DepartmentKind matching(VillageType villageType) {
        for (DepartmentKind kind : values()) {
            if (kind.matchingVillageType == villageType) {
                return kind;
            }
        }
        return null;
    }
}
