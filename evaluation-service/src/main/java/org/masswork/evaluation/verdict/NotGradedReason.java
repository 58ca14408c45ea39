package org.masswork.evaluation.verdict;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.masswork.platform.language.Labelled;

/** Why a cadre got no grade in a round; thresholds under {@code masswork.evaluation.grading}. */
public enum NotGradedReason implements Labelled {
    /** Fewer valid ballots than {@code grading.min-valid-ballots}: too few of the people spoke to judge by. */
    INSUFFICIENT_BALLOTS("有效评议票不足"),
    /** Fewer days served in the half year (up to the close) than {@code grading.min-service-days}. */
    SERVICE_TOO_SHORT("驻站时间不足");

    private final String label;

    NotGradedReason(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** As stored in {@code verdict.not_graded_reasons}: the codes joined by commas, null for none. */
    static String join(List<NotGradedReason> reasons) {
        return reasons.isEmpty() ? null : reasons.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    static List<NotGradedReason> parse(String stored) {
        return stored == null || stored.isEmpty() ? List.of() : Arrays.stream(stored.split(",")).map(NotGradedReason::valueOf).toList();
    }
}
