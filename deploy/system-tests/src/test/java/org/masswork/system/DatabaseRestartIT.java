package org.masswork.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masswork.infra.Await;

/**
 * PostgreSQL restarted twice under load: readiness goes down and comes back each time, requests in between are
 * refused at once with 503 problem+json (no hang, no 500), the services recover by themselves, and every consumer
 * applies every acknowledged write once: an outage is never taken for a poison event.
 */
class DatabaseRestartIT {

    private static final Duration OUTAGE = Duration.ofSeconds(10);

    private static SystemUnderTest system;

    @BeforeAll
    static void start() {
        system = SystemUnderTest.get();
    }

    @Test
    void shouldAnswer503WhileTheDatabaseIsDownAndRecoverByItselfEachTime() {
        CaseFiling station = CaseFiling.atNewStation(system.url("gateway"));
        List<String> writers = List.of(station.writerToken(), station.writerToken());
        ReadinessWatch readiness = ReadinessWatch.start(Map.of("case-service", system.managementUrl("case-service")));

        WriteLoad load = WriteLoad.start(writers.size(), writer -> station.file(writers.get(writer)));
        WriteLoad.sleep(3_000);
        double[] recovered = new double[2];
        for (int restart = 0; restart < 2; restart++) {
            system.infrastructure.stopPostgres();
            try {
                WriteLoad.sleep(OUTAGE.toMillis());
            } finally {
                system.infrastructure.startPostgres();
            }
            long restarted = System.nanoTime();
            Await.until("case-service takes cases again after restart " + (restart + 1), Duration.ofSeconds(60), () ->
                    station.file(writers.get(0)).response().status() == 201);
            recovered[restart] = (System.nanoTime() - restarted) / 1e9;
            WriteLoad.sleep(3_000);
        }
        load.stop();
        Await.until("case-service ready", Duration.ofSeconds(60), () ->
                Http.get(system.managementUrl("case-service") + "/q/health/ready", null).status() == 200);
        readiness.stop();

        Map<Integer, Integer> readinessCounts = readiness.counts().get("case-service");
        System.out.printf("[database restart] PostgreSQL down %d s, twice: writes %s; readiness answers %s; writes taken "
                + "again %.1f s and %.1f s after the restarts%n", OUTAGE.toSeconds(), load.statuses(), readinessCounts,
                recovered[0], recovered[1]);
        assertThat(readinessCounts).as("readiness went down").containsKey(503);
        assertThat(readiness.last("case-service")).as("readiness came back").isEqualTo(200);
        assertThat(load.statuses()).as("refused at once with 503, never 500 nor a hang: %s", load.samples())
                .containsKeys(201, 503).containsOnlyKeys(201, 503);
        assertThat(load.errorsNotProblems()).as("refusals that are not problem+json").isZero();
        new CaseOpenedDelivery(system).assertDeliveredOnce("PostgreSQL restarted twice under load", load, Duration.ofMinutes(3));
    }
}
