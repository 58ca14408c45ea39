package org.masswork.cases.station;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masswork.infra.KafkaTestClient;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.infra.TestTokens;
import org.masswork.platform.inbox.InboxEvent;
import org.masswork.platform.inbox.ParkedEvent;

/** The station directory is fed by cadre-service's events through the real broker. */
@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "cases"))
class StationDirectoryTest {

    private static final String CADRE_TOPIC = StationEvents.CADRE_TOPIC;

    @Inject
    ObjectMapper mapper;

    @Inject
    KnownStationRepository stations;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private KafkaTestClient kafka;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void connect() {
        kafka = new KafkaTestClient(bootstrapServers);
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Test
    void shouldApplyAnEventOnceHoweverOftenItIsDelivered() {
        UUID stationId = UUID.randomUUID();
        UUID townshipId = UUID.randomUUID();
        String first = stationRegistered(UUID.randomUUID(), stationId, townshipId, "旧名称工作站");
        String renamed = stationRegistered(UUID.randomUUID(), stationId, townshipId, "新名称工作站");

        kafka.send(CADRE_TOPIC, stationId.toString(), first);
        kafka.send(CADRE_TOPIC, stationId.toString(), renamed);
        kafka.send(CADRE_TOPIC, stationId.toString(), first);
        UUID marker = UUID.randomUUID();
        kafka.send(CADRE_TOPIC, marker.toString(), stationRegistered(UUID.randomUUID(), marker, townshipId, "标记"));
        awaitInDirectory(marker);

        // Had the redelivered first event been applied again, the station would carry its old name.
        given().auth().oauth2(TestTokens.countyAdmin())
                .when().get("/api/v1/station-directory/{id}", stationId)
                .then().statusCode(200)
                .body("name", equalTo("新名称工作站"))
                .body("townshipId", equalTo(townshipId.toString()))
                .body("villageType", equalTo("POOR"));
        given().auth().oauth2(TestTokens.countyAdmin()).queryParam("townshipId", townshipId)
                .when().get("/api/v1/station-directory")
                .then().statusCode(200).body("totalItems", equalTo(2));
    }

    @Test
    void shouldParkAPoisonEventWithItsErrorAndKeepConsuming() throws Exception {
        UUID brokenId = UUID.randomUUID();
        ObjectNode broken = (ObjectNode) mapper.readTree(stationRegistered(brokenId, UUID.randomUUID(), UUID.randomUUID(), "坏"));
        ((ObjectNode) broken.get("data")).put("stationId", "not-a-uuid");
        String key = UUID.randomUUID().toString();

        kafka.send(CADRE_TOPIC, key, "{ this is not json");
        kafka.send(CADRE_TOPIC, key, mapper.writeValueAsString(broken));
        UUID after = UUID.randomUUID();
        kafka.send(CADRE_TOPIC, key, stationRegistered(UUID.randomUUID(), after, UUID.randomUUID(), "之后"));

        awaitInDirectory(after);
        List<ParkedEvent> parked = QuarkusTransaction.requiringNew().call(() -> ParkedEvent.list("key", key));
        assertThat(parked)
                .hasSize(2)
                .anySatisfy(event -> assertThat(event.error).startsWith("unreadable event"))
                .anySatisfy(event -> assertThat(event.payload).contains(brokenId.toString()));
        InboxEvent applied = QuarkusTransaction.requiringNew().call(() -> InboxEvent.findById(brokenId));
        assertThat(applied).isNull();
    }

    @Test
    void shouldSkipEventTypesItDoesNotHandle() throws Exception {
        UUID eventId = UUID.randomUUID();
        ObjectNode other = (ObjectNode) mapper.readTree(stationRegistered(eventId, UUID.randomUUID(), UUID.randomUUID(), "x"));
        other.put("type", "SomethingElseHappened");
        String key = UUID.randomUUID().toString();
        kafka.send(CADRE_TOPIC, key, mapper.writeValueAsString(other));
        UUID after = UUID.randomUUID();
        kafka.send(CADRE_TOPIC, key, stationRegistered(UUID.randomUUID(), after, UUID.randomUUID(), "之后"));

        awaitInDirectory(after);
        InboxEvent applied = QuarkusTransaction.requiringNew().call(() -> InboxEvent.findById(eventId));
        long parked = QuarkusTransaction.requiringNew().call(() -> ParkedEvent.count("key", key));
        assertThat(applied).isNull();
        assertThat(parked).isZero();
    }

    private static String stationRegistered(UUID eventId, UUID stationId, UUID townshipId, String name) {
        return StationEvents.stationRegistered(eventId, stationId, townshipId, name);
    }

    private void awaitInDirectory(UUID stationId) {
        StationEvents.awaitInDirectory(stations, stationId, Duration.ofSeconds(30));
    }
}
