package org.masswork.risk.opinion;

import org.masswork.platform.language.Labelled;

/** How a village was asked outside meetings. */
public enum SurveyMethod implements Labelled {
    DOOR_TO_DOOR("入户走访"),
    QUESTIONNAIRE("问卷调查");

    private final String label;

    SurveyMethod(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
