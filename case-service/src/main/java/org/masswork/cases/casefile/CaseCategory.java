package org.masswork.cases.casefile;

import org.masswork.platform.language.Labelled;

/** What the matter is about; the quarterly analysis counts by it. */
public enum CaseCategory implements Labelled {
    LAND("土地"),
    HOUSING_DEMOLITION("住房与拆迁"),
    WATER("用水与水利"),
    ROADS("道路交通"),
    SOCIAL_SECURITY("社会保障"),
    MEDICAL("医疗卫生"),
    EDUCATION("教育"),
    EMPLOYMENT("就业"),
    ENVIRONMENT("环境"),
    PUBLIC_ORDER("社会治安"),
    FAMILY_NEIGHBOUR_DISPUTE("婚姻家庭邻里纠纷"),
    OTHER("其他");

    private final String label;

    CaseCategory(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
