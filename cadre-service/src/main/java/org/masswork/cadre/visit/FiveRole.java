package org.masswork.cadre.visit;

import org.masswork.platform.language.Labelled;

/** The five roles (五员) a stationed cadre plays; every visit names one or more. */
public enum FiveRole implements Labelled {
    POLICY_PUBLICIST("政策法规宣讲员"),
    OPINION_RESEARCHER("社情民意调研员"),
    PARTY_BUILDING_INSTRUCTOR("基层党建指导员"),
    DISPUTE_MEDIATOR("矛盾纠纷调解员"),
    SERVICE_PROVIDER("为民便民服务员");

    private final String label;

    FiveRole(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
