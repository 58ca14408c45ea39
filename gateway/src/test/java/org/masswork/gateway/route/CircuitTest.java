package org.masswork.gateway.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The breaker's rules on a clock the test moves. */
class CircuitTest {

    private static final Duration OPEN_FOR = Duration.ofSeconds(10);

    private long now = 1_000;
    private final Circuit circuit = new Circuit("evaluation", 3, OPEN_FOR, () -> now);

    @Test
    void shouldOpenAfterTheFailuresInARowAndRefuseUntilTheIntervalIsOver() {
        circuit.failed();
        circuit.failed();
        assertThat(circuit.allowsRequest()).isTrue();

        circuit.failed();

        assertThat(circuit.state()).isEqualTo(Circuit.State.OPEN);
        assertThat(circuit.allowsRequest()).isFalse();
        assertThat(circuit.retryAfterSeconds()).isEqualTo(10);
        later(Duration.ofMillis(9_500));
        assertThat(circuit.allowsRequest()).isFalse();
        assertThat(circuit.retryAfterSeconds()).isEqualTo(1);
        assertThat(circuit.refusals()).isEqualTo(2);
    }

    @Test
    void shouldLetOneTrialThroughAfterTheIntervalAndCloseWhenItIsAnswered() {
        open();
        later(OPEN_FOR);

        assertThat(circuit.state()).isEqualTo(Circuit.State.HALF_OPEN);
        assertThat(circuit.allowsRequest()).as("the trial").isTrue();
        assertThat(circuit.allowsRequest()).as("while the trial is out").isFalse();
        circuit.succeeded();

        assertThat(circuit.state()).isEqualTo(Circuit.State.CLOSED);
        assertThat(circuit.allowsRequest()).isTrue();
    }

    @Test
    void shouldOpenAgainForAWholeIntervalWhenTheTrialFails() {
        open();
        later(OPEN_FOR);
        assertThat(circuit.allowsRequest()).isTrue();

        circuit.failed();

        assertThat(circuit.state()).isEqualTo(Circuit.State.OPEN);
        assertThat(circuit.allowsRequest()).isFalse();
        assertThat(circuit.retryAfterSeconds()).isEqualTo(10);
    }

    @Test
    void shouldLetAnotherTrialThroughWhenTheFirstBringsNoOutcomeWithinTheInterval() {
        open();
        later(OPEN_FOR);
        assertThat(circuit.allowsRequest()).isTrue();

        later(OPEN_FOR);

        assertThat(circuit.allowsRequest()).isTrue();
    }

    @Test
    void shouldCountOnlyFailuresInARow() {
        circuit.failed();
        circuit.failed();
        circuit.succeeded();
        circuit.failed();
        circuit.failed();

        assertThat(circuit.state()).isEqualTo(Circuit.State.CLOSED);
        assertThat(circuit.allowsRequest()).isTrue();
        assertThat(circuit.refusals()).isZero();
    }

    private void open() {
        circuit.failed();
        circuit.failed();
        circuit.failed();
        assertThat(circuit.state()).isEqualTo(Circuit.State.OPEN);
    }

    private void later(Duration duration) {
        now += duration.toNanos();
    }
}
