package org.masswork.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masswork.infra.Await;

/**
 * PostgreSQL restarted under load: readiness goes down and comes back, requests in between are refused at once
 * with 503 problem+json (no hang, no 500), and the services recover by themselves.
 */
class DatabaseRestartIT {

    private static final Duration OUTAGE = Duration.ofSeconds(10);

    private static SystemUnderTest system;

    @BeforeAll
    static void start() {
        system = SystemUnderTest.get();
    }

    @Test
    void shouldAnswer503WhileTheDatabaseIsDownAndRecoverByItself() {
        CaseFiling station = CaseFiling.atNewStation(system.url("gateway"));
        List<String> writers = List.of(station.writerToken(), station.writerToken());
        String readiness = system.url("case-service") + "/q/health/ready";
        List<Integer> readinessSeen = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean polling = new AtomicBoolean(true);
        Thread poller = new Thread(() -> {
            while (polling.get()) {
                readinessSeen.add(Http.get(readiness, null).status());
                WriteLoad.sleep(200);
            }
        }, "readiness-poller");
        poller.start();

        WriteLoad load = WriteLoad.start(writers.size(), writer -> station.file(writers.get(writer)));
        WriteLoad.sleep(3_000);
        system.infrastructure.stopPostgres();
        try {
            WriteLoad.sleep(OUTAGE.toMillis());
        } finally {
            system.infrastructure.startPostgres();
        }
        long restarted = System.nanoTime();
        Await.until("case-service takes cases again", Duration.ofSeconds(60), () ->
                station.file(writers.get(0)).response().status() == 201);
        double recovered = (System.nanoTime() - restarted) / 1e9;
        WriteLoad.sleep(3_000);
        load.stop();
        polling.set(false);
        join(poller);
        Await.until("case-service ready", Duration.ofSeconds(60), () -> Http.get(readiness, null).status() == 200);

        Map<Integer, Integer> readinessCounts = new TreeMap<>();
        readinessSeen.forEach(status -> readinessCounts.merge(status, 1, Integer::sum));
        System.out.printf("[database restart] PostgreSQL down %d s: writes %s; readiness answers %s; writes taken again %.1f s "
                + "after the restart%n", OUTAGE.toSeconds(), load.statuses(), readinessCounts, recovered);
        assertThat(readinessCounts).as("readiness went down").containsKey(503);
        assertThat(readinessSeen.get(readinessSeen.size() - 1)).as("readiness came back").isEqualTo(200);
        assertThat(load.statuses()).as("refused at once with 503, never 500 nor a hang: %s", load.samples())
                .containsKeys(201, 503).containsOnlyKeys(201, 503);
        assertThat(load.errorsNotProblems()).as("refusals that are not problem+json").isZero();
        new CaseOpenedDelivery(system).assertDeliveredOnce("PostgreSQL restarted under load", load, Duration.ofMinutes(3));
    }

    private static void join(Thread thread) {
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
