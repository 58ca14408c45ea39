package org.masswork.risk.opinion;

/** How a village was asked outside meetings. */
public enum SurveyMethod {
    DOOR_TO_DOOR("入户走访"),
    QUESTIONNAIRE("问卷调查");

    private final String label;

    SurveyMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
