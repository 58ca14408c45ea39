package org.masswork.risk.matter;

import org.masswork.platform.language.Labelled;

/** The four criteria an assessment scores a matter on (合法性、合理性、可行性、可控性). */
public enum AssessmentCriterion implements Labelled {
    LEGALITY("合法性"),
    REASONABLENESS("合理性"),
    FEASIBILITY("可行性"),
    CONTROLLABILITY("可控性");

    private final String label;

    AssessmentCriterion(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
