package org.masswork.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masswork.infra.Infrastructure;
import org.masswork.infra.KafkaTestClient;
import org.masswork.infra.TestTokens;

/**
 * Writes go on while Kafka is down and every process stays ready (the outbox keeps the events); when it returns,
 * every event arrives, and is applied, exactly once, and no service needs a restart.
 */
class BrokerOutageIT {

    private static final Duration OUTAGE = Duration.ofSeconds(60);

    private static SystemUnderTest system;
    private static Sql sql;

    @BeforeAll
    static void start() {
        system = SystemUnderTest.get();
        sql = new Sql(system);
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldDeliverEveryEventOnceAfterTheBrokerReturns() {
        StationNetwork network = new StationNetwork(system.url("cadre-service"));
        UUID townshipId = network.township();
        List<UUID> villages = List.of(network.village(townshipId), network.village(townshipId), network.village(townshipId));
        Infrastructure infrastructure = system.infrastructure;

        List<UUID> stations = new ArrayList<>();
        infrastructure.stopKafka();
        try {
            villages.forEach(village -> stations.add(network.station(village)));

            assertThat(pendingOutboxRows(stations)).isEqualTo(3);
            assertThat(stations).allSatisfy(station -> assertThat(directoryStatus(station)).isEqualTo(404));
        } finally {
            infrastructure.startKafka();
        }

        StationNetwork.awaitInCaseService(system.url("case-service"), stations);
        assertThat(pendingOutboxRows(stations)).isZero();

        try (KafkaTestClient kafka = new KafkaTestClient(infrastructure.kafkaBootstrapServers())) {
            Map<String, Long> recordsPerStation = kafka.readAll("masswork.cadre.events").stream()
                    .filter(record -> stations.stream().anyMatch(id -> id.toString().equals(record.key())))
                    .collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting()));
            assertThat(recordsPerStation).hasSize(3).allSatisfy((station, count) -> assertThat(count).isEqualTo(1));
        }
        assertThat(appliedInCaseService(eventIds(stations))).isEqualTo(3);
    }

    @Test
    void shouldTakeWritesAndStayReadyForAMinuteWithoutKafkaThenDeliverEveryAcknowledgedWriteOnce() {
        CaseFiling station = CaseFiling.atNewStation(system.url("gateway"));
        Map<String, Long> pids = system.stack.services().stream()
                .collect(Collectors.toMap(s -> s.name(), s -> system.stack.process(s.name()).pid()));
        List<String> writers = List.of(station.writerToken(), station.writerToken(), station.writerToken());
        Infrastructure infrastructure = system.infrastructure;

        WriteLoad load = WriteLoad.start(writers.size(), writer -> station.file(writers.get(writer)));
        WriteLoad.sleep(3_000);
        ReadinessWatch readiness;
        infrastructure.stopKafka();
        try {
            readiness = ReadinessWatch.start(system.managementUrls());
            WriteLoad.sleep(OUTAGE.toMillis());
            readiness.stop();
        } finally {
            infrastructure.startKafka();
        }
        WriteLoad.sleep(5_000);
        load.stop();

        System.out.printf("[broker outage] Kafka down %d s: writes %s; readiness answers during the outage %s%n",
                OUTAGE.toSeconds(), load.statuses(), readiness.counts());
        assertThat(load.statuses()).as("writes go on without Kafka: %s", load.samples()).containsOnlyKeys(201);
        assertThat(readiness.counts()).as("every process stays ready without Kafka").hasSize(system.stack.services().size())
                .allSatisfy((process, statuses) -> assertThat(statuses).as(process).containsOnlyKeys(200));
        new CaseOpenedDelivery(system).assertDeliveredOnce("Kafka stopped 60 s under load", load, Duration.ofMinutes(3));
        assertThat(system.stack.services()).allSatisfy(service -> {
            assertThat(system.stack.process(service.name()).pid()).as(service.name() + " not restarted")
                    .isEqualTo(pids.get(service.name()));
            assertThat(system.stack.process(service.name()).isAlive()).isTrue();
        });
    }

    private static int directoryStatus(UUID stationId) {
        return given().baseUri(system.url("case-service")).auth().oauth2(TestTokens.countyAdmin())
                .when().get("/api/v1/station-directory/{id}", stationId)
                .then().extract().statusCode();
    }

    private static long pendingOutboxRows(List<UUID> stations) {
        return sql.count("cadre", "select count(*) from outbox_event where published_at is null and event_key = any(?)",
                keys(stations));
    }

    private static List<UUID> eventIds(List<UUID> stations) {
        return sql.strings("cadre", "select event_id from outbox_event where event_key = any(?)", keys(stations)).stream()
                .map(UUID::fromString).toList();
    }

    private static long appliedInCaseService(List<UUID> eventIds) {
        return sql.count("cases", "select count(*) from inbox_event where event_id = any(?)", eventIds);
    }

    private static List<String> keys(List<UUID> stations) {
        return stations.stream().map(UUID::toString).toList();
    }
}
