package org.masswork.cadre.contactcard;

import org.masswork.platform.language.Labelled;

/** Why a household needs a new contact card. */
public enum CardNeed implements Labelled {
    NO_CARD("未发卡"),
    OUTDATED("卡片信息已过期");

    private final String label;

    CardNeed(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
