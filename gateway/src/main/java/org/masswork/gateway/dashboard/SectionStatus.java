package org.masswork.gateway.dashboard;

/** Whether a section of the dashboard holds its service's figures, and if not, why. */
public enum SectionStatus {
    AVAILABLE("可用"),
    /** The service could not be reached, was too slow or failed: the other sections still come. */
    UNAVAILABLE("暂不可用"),
    /** The service refused the caller these figures (e.g. the evaluation report is for county roles). */
    FORBIDDEN("无权查看");

    private final String label;

    SectionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
