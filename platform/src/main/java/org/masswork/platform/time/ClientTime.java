package org.masswork.platform.time;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.masswork.platform.problem.InvalidInputProblem;
import org.masswork.platform.language.Text;

/**
 * When a client says something happened. The mobile app queues requests offline, so its
 * {@code recordedAt} can be hours before the server receives them; it can't be in the future,
 * beyond a small allowance for phone clocks that run ahead.
 */
public final class ClientTime {

    public static final String FIELD = "recordedAt";
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private ClientTime() {
    }

    public static OffsetDateTime recordedAt(OffsetDateTime recordedAt, OffsetDateTime receivedAt) {
        if (recordedAt == null) {
            return receivedAt;
        }
        if (recordedAt.isAfter(receivedAt.plus(CLOCK_SKEW))) {
            throw new InvalidInputProblem(FIELD, Text.of("不得晚于当前时间", "must not be in the future"));
        }
        return recordedAt;
    }
}
