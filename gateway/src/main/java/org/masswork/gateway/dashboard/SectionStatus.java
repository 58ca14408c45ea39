package org.masswork.gateway.dashboard;

import org.masswork.platform.language.Language;

import org.masswork.platform.language.Text;
/** Whether a section of the dashboard holds its service's figures, and if not, why. */
public enum SectionStatus {
    AVAILABLE("可用", "Available"),
    /** The service could not be reached, was too slow or failed: the other sections still come. */
    UNAVAILABLE("暂不可用", "Unavailable"),
    /** The service refused the caller these figures (e.g. the evaluation report is for county roles). */
    FORBIDDEN("无权查看", "Forbidden");

    private final Text label;

    SectionStatus(String zh, String en) {
        this.label = Text.of(zh, en);
    }

    public String label(Language language) {
        return label.in(language);
    }
}
