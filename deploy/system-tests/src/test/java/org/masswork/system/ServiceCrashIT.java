package org.masswork.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A service killed with SIGKILL in the middle of a load, and started again: nothing it acknowledged is lost,
 * and no event is lost or applied twice, whether the crash hits the producer or a consumer.
 */
class ServiceCrashIT {

    private static SystemUnderTest system;

    @BeforeAll
    static void start() {
        system = SystemUnderTest.get();
    }

    @Test
    void shouldLoseNothingWhenTheProducerAndThenAConsumerAreKilledUnderLoad() {
        CaseFiling station = CaseFiling.atNewStation(system.url("gateway"));
        List<String> writers = List.of(station.writerToken(), station.writerToken(), station.writerToken());

        WriteLoad load = WriteLoad.start(writers.size(), writer -> station.file(writers.get(writer)));
        WriteLoad.sleep(5_000);
        crashAndRestart("case-service");
        WriteLoad.sleep(5_000);
        crashAndRestart("evaluation-service");
        WriteLoad.sleep(3_000);
        load.stop();

        new CaseOpenedDelivery(system).assertDeliveredOnce("SIGKILL of case-service, then of evaluation-service, under load",
                load, Duration.ofMinutes(3));
        // While case-service is down the gateway answers 503 (or 502 for a request cut off by the kill), never a hang.
        assertThat(load.statuses()).as("outcomes: %s", load.samples()).containsKey(201)
                .allSatisfy((status, count) -> assertThat(status).isIn(201, 502, 503));
        assertThat(load.errorsNotProblems()).as("refusals that are not problem+json").isZero();
    }

    private static void crashAndRestart(String service) {
        system.stack.kill(service);
        System.out.printf("[crash] %s killed (SIGKILL)%n", service);
        system.stack.restart(service, (s, took) ->
                System.out.printf("[crash] %s ready again in %.1f s%n", s.name(), took.toMillis() / 1000.0));
    }
}
