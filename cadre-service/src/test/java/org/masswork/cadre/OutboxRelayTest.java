package org.masswork.cadre;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
import org.masswork.infra.TestManagement;
import org.masswork.platform.county.Counties;
import org.masswork.platform.event.EventEnvelope;
import org.masswork.platform.event.EventJson;
import org.masswork.platform.inbox.ParkedEvent;
import org.masswork.platform.inbox.ParkedEvents;
import org.masswork.platform.outbox.OutboxEvent;
import org.masswork.platform.outbox.OutboxPublisher;

@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "cadre"))
class OutboxRelayTest {

    private static final String TOPIC = "masswork.cadre.events";

    @Inject
    OutboxPublisher publisher;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ParkedEvents parkedEvents;

    @Inject
    EventJson eventJson;

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
    void shouldLeavePublishingToTheReplicaThatHoldsTheLease() throws Exception {
        UUID villageId = CadreTestData.village(CadreTestData.township(), "POOR");
        sql("update outbox_relay_lease set owner = 'another-replica', expires_at = now() + interval '1 hour'");
        UUID stationId;
        try {
            stationId = CadreTestData.station(villageId);
            // Absence can only be shown by waiting: several of this replica's polls (every second) go by.
            Thread.sleep(3_000);
            assertThat(outboxRows(List.of(stationId)).get(stationId.toString()).publishedAt).isNull();
        } finally {
            // The other replica stops and releases the lease, as a replica does on shutdown.
            sql("update outbox_relay_lease set expires_at = now() where owner = 'another-replica'");
        }
        Await.until("event published once the lease is free", Duration.ofSeconds(30), () ->
                outboxRows(List.of(stationId)).get(stationId.toString()).publishedAt != null);
    }

    @Test
    void shouldHoldNoTransactionWhileWaitingForABrokerThatIsDownAndStayReady() throws Exception {
        Infrastructure infrastructure = MassWorkTestResource.infrastructure();
        UUID villageId = CadreTestData.village(CadreTestData.township(), "POOR");
        UUID stationId;
        Set<String> transactionsSeen = new TreeSet<>();
        infrastructure.stopKafka();
        try {
            stationId = CadreTestData.station(villageId);
            Await.until("the relay tried and failed", Duration.ofSeconds(90), () ->
                    outboxRows(List.of(stationId)).get(stationId.toString()).attempts >= 1);
            // The relay now spends its time waiting on the broker (up to the 15 s delivery timeout per batch): watch
            // its database sessions through more than one such wait. A transaction held across the wait stays open
            // for seconds; the relay's own short ones (renew the lease, read the batch, mark it) last milliseconds.
            for (int sample = 0; sample < 100; sample++) {
                transactionsSeen.addAll(strings("""
                        select state || ' for ' || (now() - xact_start) || ': ' || left(query, 80) from pg_stat_activity
                        where datname = current_database() and pid <> pg_backend_pid()
                        and xact_start < now() - interval '5 seconds'"""));
                Thread.sleep(200);
            }
            given().baseUri(TestManagement.base()).port(TestManagement.port()).when().get("/q/health/ready").then().statusCode(200);
            Await.until("readiness reports Kafka down, and stays UP", Duration.ofSeconds(60), () -> {
                var health = given().baseUri(TestManagement.base()).port(TestManagement.port()).when().get("/q/health/ready").then().statusCode(200).extract().jsonPath();
                return "DOWN".equals(health.getString("checks.find { it.name == 'events' }.data.kafka"))
                        && health.getInt("checks.find { it.name == 'events' }.data.outboxPending") >= 1;
            });
        } finally {
            infrastructure.startKafka();
        }
        assertThat(transactionsSeen).as("transactions held open for seconds while Kafka is down").isEmpty();
        Await.until("published once Kafka is back", Duration.ofSeconds(60), () ->
                outboxRows(List.of(stationId)).get(stationId.toString()).publishedAt != null);
    }

    @Test
    void shouldParkAnEventTheBrokerRefusesForItselfAndPublishTheOnesAfterIt() throws Exception {
        UUID poisonKey = UUID.randomUUID();
        UUID poisonId = UUID.randomUUID();
        // Larger than the producer's max.request.size (1 MiB): Kafka refuses it however often it is sent.
        sql("insert into outbox_event (event_id, topic, event_key, event_type, envelope, created_at) values ('" + poisonId
                + "', '" + TOPIC + "', '" + poisonKey + "', 'StationRegistered', repeat('x', 2000000), now())");
        UUID stationId = CadreTestData.station(CadreTestData.village(CadreTestData.township(), "POOR"));

        Await.until("the event after the refused one published", Duration.ofSeconds(90), () ->
                outboxRows(List.of(stationId)).get(stationId.toString()).publishedAt != null);
        ParkedEvent parked = QuarkusTransaction.requiringNew().call(() -> ParkedEvent.find("eventId", poisonId).firstResult());
        assertThat(parked.direction).isEqualTo(ParkedEvent.Direction.OUTGOING);
        assertThat(parked.error).contains("RecordTooLargeException");
        assertThat(parked.attempts).isEqualTo(5);
        assertThat(parked.payload).hasSize(2_000_000);
        assertThat(outboxRows(List.of(poisonKey))).isEmpty();
    }

    @Test
    void shouldSendAReplayedOutgoingEventInTheTraceItWasCreatedIn() {
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        UUID eventId = UUID.randomUUID();
        String envelope = eventJson.write(EventEnvelope.of(eventId, "/cadre-service", "StationRegistered", "station/" + eventId,
                OffsetDateTime.now(), JsonNodeFactory.instance.objectNode(), traceparent, Counties.DEFAULT_ID));
        UUID reference = QuarkusTransaction.requiringNew().call(() -> {
            ParkedEvent parked = new ParkedEvent();
            parked.direction = ParkedEvent.Direction.OUTGOING;
            parked.topic = TOPIC;
            parked.key = eventId.toString();
            parked.eventId = eventId;
            parked.eventType = "StationRegistered";
            parked.payload = envelope;
            parked.error = "refused";
            parked.attempts = 5;
            parked.parkedAt = OffsetDateTime.now();
            parked.persist();
            return parked.reference;
        });

        parkedEvents.replay(reference, "operator");

        OutboxEvent requeued = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.find("eventId", eventId).firstResult());
        assertThat(requeued.traceparent).isEqualTo(traceparent);
        assertThat(requeued.envelope).isEqualTo(envelope);
    }

    private void sql(String statement) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }

    private List<String> strings(String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static Map<String, OutboxEvent> outboxRows(List<UUID> stationIds) {
        List<String> keys = stationIds.stream().map(UUID::toString).toList();
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>list("key in ?1", keys).stream()
                .collect(Collectors.toMap(row -> row.key, Function.identity())));
    }

}
