package org.masswork.cadre;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.masswork.infra.Await;
import org.masswork.infra.Infrastructure;
import org.masswork.infra.KafkaTestClient;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.platform.outbox.OutboxEvent;
import org.masswork.platform.outbox.OutboxPublisher;
import org.masswork.platform.outbox.OutboxStore;

@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "cadre"))
class OutboxRelayTest {

    private static final String TOPIC = "masswork.cadre.events";

    @Inject
    OutboxPublisher publisher;

    @Inject
    OutboxStore store;

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void shouldBuildAnIdempotentProducerThatWaitsForAllReplicas() {
        ProducerConfig effective = new ProducerConfig(publisher.producerSettings());

        assertThat(effective.getBoolean(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG)).isTrue();
        assertThat(effective.getString(ProducerConfig.ACKS_CONFIG)).isEqualTo("-1");
        assertThat(effective.getInt(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION)).isLessThanOrEqualTo(5);
        assertThat(effective.getInt(ProducerConfig.RETRIES_CONFIG)).isPositive();
        assertThat(effective.getList(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG)).containsExactly(bootstrapServers);
    }

    @Test
    void shouldKeepEventsInTheOutboxWhileKafkaIsDownAndDeliverEachOnceWhenItReturns() {
        Infrastructure infrastructure = MassWorkTestResource.infrastructure();
        UUID townshipId = CadreTestData.township();
        List<UUID> villages = List.of(
                CadreTestData.village(townshipId, "POOR"),
                CadreTestData.village(townshipId, "DIFFICULT"),
                CadreTestData.village(townshipId, "SPECIALISED"));

        List<UUID> stationIds = new ArrayList<>();
        infrastructure.stopKafka();
        try {
            villages.forEach(villageId -> stationIds.add(CadreTestData.station(villageId)));

            Map<String, OutboxEvent> rows = outboxRows(stationIds);
            assertThat(rows).hasSize(3);
            assertThat(rows.values()).allSatisfy(row -> assertThat(row.publishedAt).isNull());
        } finally {
            infrastructure.startKafka();
        }

        Await.until("outbox rows published", Duration.ofSeconds(60), () ->
                outboxRows(stationIds).values().stream().allMatch(row -> row.publishedAt != null));
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            List<ConsumerRecord<String, String>> delivered = kafka.readAll(TOPIC).stream()
                    .filter(r -> stationIds.stream().anyMatch(id -> id.toString().equals(r.key())))
                    .toList();
            Map<String, Long> perStation = delivered.stream()
                    .collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting()));
            assertThat(perStation).hasSize(3).allSatisfy((station, count) -> assertThat(count).isEqualTo(1));
        }
    }

    @Test
    void shouldLeavePublishingToTheReplicaThatHoldsTheRelayLock() throws Exception {
        UUID villageId = CadreTestData.village(CadreTestData.township(), "POOR");
        UUID stationId;
        try (Connection otherReplica = dataSource.getConnection()) {
            otherReplica.setAutoCommit(false);
            try (Statement lock = otherReplica.createStatement()) {
                lock.execute("select pg_advisory_xact_lock(" + OutboxStore.RELAY_LOCK_KEY + ")");
            }

            assertThat(store.publishPending(10, publisher)).isEqualTo(OutboxStore.BatchOutcome.NOT_LEADER);
            stationId = CadreTestData.station(villageId);
            Thread.sleep(1_500);
            assertThat(outboxRows(List.of(stationId)).get(stationId.toString()).publishedAt).isNull();

            otherReplica.rollback();
        }
        Await.until("event published once the lock is free", Duration.ofSeconds(10), () ->
                outboxRows(List.of(stationId)).get(stationId.toString()).publishedAt != null);
    }

    private static Map<String, OutboxEvent> outboxRows(List<UUID> stationIds) {
        List<String> keys = stationIds.stream().map(UUID::toString).toList();
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>list("key in ?1", keys).stream()
                .collect(Collectors.toMap(row -> row.key, Function.identity())));
    }

}
