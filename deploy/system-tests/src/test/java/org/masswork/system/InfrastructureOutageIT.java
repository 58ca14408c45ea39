package org.masswork.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masswork.infra.Await;

/**
 * PostgreSQL and Kafka down at once under load, then PostgreSQL back first: writes are refused with 503 while the
 * database is down, taken again (into the outbox) while Kafka is still down, and every acknowledged write reaches
 * every consumer once when Kafka returns. No service needs a restart.
 */
class InfrastructureOutageIT {

    private static final Duration OUTAGE = Duration.ofSeconds(15);

    private static SystemUnderTest system;

    @BeforeAll
    static void start() {
        system = SystemUnderTest.get();
    }

    @Test
    void shouldLoseNothingWhenTheDatabaseAndTheBrokerAreDownTogether() {
        CaseFiling station = CaseFiling.atNewStation(system.url("gateway"));
        List<String> writers = List.of(station.writerToken(), station.writerToken());

        WriteLoad load = WriteLoad.start(writers.size(), writer -> station.file(writers.get(writer)));
        WriteLoad.sleep(3_000);
        system.infrastructure.stopKafka();
        system.infrastructure.stopPostgres();
        try {
            WriteLoad.sleep(OUTAGE.toMillis());
        } finally {
            system.infrastructure.startPostgres();
        }
        try {
            Await.until("case-service takes cases while Kafka is still down", Duration.ofSeconds(60), () ->
                    station.file(writers.get(0)).response().status() == 201);
            WriteLoad.sleep(5_000);
        } finally {
            system.infrastructure.startKafka();
        }
        WriteLoad.sleep(3_000);
        load.stop();

        System.out.printf("[database and broker down] PostgreSQL and Kafka down %d s together, then Kafka %s longer: writes %s%n",
                OUTAGE.toSeconds(), "5 s", load.statuses());
        assertThat(load.statuses()).as("refused with 503 only while the database was down: %s", load.samples())
                .containsKeys(201, 503).containsOnlyKeys(201, 503);
        assertThat(load.errorsNotProblems()).as("refusals that are not problem+json").isZero();
        new CaseOpenedDelivery(system).assertDeliveredOnce("PostgreSQL and Kafka down together under load", load,
                Duration.ofMinutes(3));
    }
}
