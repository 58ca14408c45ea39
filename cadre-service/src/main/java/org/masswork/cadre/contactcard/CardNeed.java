package org.masswork.cadre.contactcard;

/** Why a household needs a new contact card. */
public enum CardNeed {
    NO_CARD("未发卡"),
    OUTDATED("卡片信息已过期");

    private final String label;

    CardNeed(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
