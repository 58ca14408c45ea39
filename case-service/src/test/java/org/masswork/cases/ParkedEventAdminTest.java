package org.masswork.cases;

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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masswork.cases.station.KnownStationRepository;
import org.masswork.cases.station.StationEvents;
import org.masswork.infra.Await;
import org.masswork.infra.KafkaTestClient;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.infra.PrometheusText;
import org.masswork.infra.TestManagement;
import org.masswork.infra.TestTokens;
import org.masswork.platform.inbox.InboxEvent;
import org.masswork.platform.inbox.ParkedEvent;

/** Parked events are listed for operators and replayed on their word, and a replayed event still takes effect once. */
@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "cases"))
class ParkedEventAdminTest {

    private static final String PARKED = "/api/v1/admin/case/parked-events";

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
    void shouldListAPoisonEventWithItsAttemptsAndErrorButNeitherItsPayloadNorItsValues() throws Exception {
        UUID eventId = UUID.randomUUID();
        UUID stationId = UUID.randomUUID();
        ObjectNode broken = (ObjectNode) mapper.readTree(StationEvents.stationRegistered(eventId, stationId, UUID.randomUUID(), "坏"));
        ((ObjectNode) broken.get("data")).put("townshipId", "张三-13800138000");

        kafka.send(StationEvents.CADRE_TOPIC, stationId.toString(), mapper.writeValueAsString(broken));
        Await.until("the poison event parked", Duration.ofSeconds(60), () -> parkedRows(eventId) == 1);

        Map<String, Object> item = listed(eventId, false);
        assertThat(item).containsEntry("direction", "INCOMING")
                .containsEntry("eventType", "StationRegistered")
                .containsEntry("aggregateId", stationId.toString())
                .containsEntry("topic", StationEvents.CADRE_TOPIC)
                .containsEntry("attempts", 3)
                .doesNotContainKey("payload");
        assertThat(item.get("resolvedAt")).isNull();
        assertThat(OffsetDateTime.parse((String) item.get("firstAttemptAt")))
                .isBeforeOrEqualTo(OffsetDateTime.parse((String) item.get("lastAttemptAt")));
        assertThat((String) item.get("error")).contains("InvalidFormatException").doesNotContain("张三", "13800138000");

        String metrics = given().baseUri(TestManagement.base()).port(TestManagement.port()).when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(PrometheusText.sum(metrics, "masswork_events_parked_total",
                Map.of("direction", "INCOMING", "type", "StationRegistered"))).isGreaterThanOrEqualTo(1);
    }

    @Test
    void shouldKeepAnEventParkedWithItsNewErrorWhenItsReplayFailsAgain() throws Exception {
        UUID eventId = UUID.randomUUID();
        ObjectNode broken = (ObjectNode) mapper.readTree(
                StationEvents.stationRegistered(eventId, UUID.randomUUID(), UUID.randomUUID(), "坏"));
        ((ObjectNode) broken.get("data")).put("stationId", "not-a-uuid");
        UUID reference = parkDirectly(eventId, mapper.writeValueAsString(broken));

        given().auth().oauth2(operator()).when().post(PARKED + "/{id}/replay", reference)
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:masswork:problem:replay-failed"));

        ParkedEvent parked = QuarkusTransaction.requiringNew().call(() -> ParkedEvent.find("reference", reference).firstResult());
        assertThat(parked.resolvedAt).isNull();
        assertThat(parked.attempts).isEqualTo(2);
        assertThat(parked.error).contains("InvalidFormatException");
        assertThat(inboxRows(eventId)).isZero();
    }

    @Test
    void shouldApplyAReplayedEventOnceHoweverOftenItIsReplayedOrDelivered() {
        UUID eventId = UUID.randomUUID();
        UUID stationId = UUID.randomUUID();
        String event = StationEvents.stationRegistered(eventId, stationId, UUID.randomUUID(), "重放工作站");
        UUID reference = parkDirectly(eventId, event);

        given().auth().oauth2(operator()).when().post(PARKED + "/{id}/replay", reference)
                .then().statusCode(200)
                .body("id", equalTo(reference.toString()))
                .body("resolution", equalTo("REPLAYED"));
        assertThat(stations.count("stationId", stationId)).isEqualTo(1);

        given().auth().oauth2(TestTokens.countyAdmin()).when().post(PARKED + "/{id}/replay", reference)
                .then().statusCode(200).body("resolution", equalTo("REPLAYED"));
        kafka.send(StationEvents.CADRE_TOPIC, stationId.toString(), event);
        UUID marker = UUID.randomUUID();
        kafka.send(StationEvents.CADRE_TOPIC, stationId.toString(),
                StationEvents.stationRegistered(UUID.randomUUID(), marker, UUID.randomUUID(), "标记"));
        StationEvents.awaitInDirectory(stations, marker, Duration.ofSeconds(60));

        assertThat(inboxRows(eventId)).as("applied once").isEqualTo(1);
        ParkedEvent parked = QuarkusTransaction.requiringNew().call(() -> ParkedEvent.find("reference", reference).firstResult());
        assertThat(parked.resolvedBy).isEqualTo("operator-on-call");
        assertThat(listedIds(false)).doesNotContain(reference.toString());
        assertThat(listedIds(true)).contains(reference.toString());
    }

    @Test
    void shouldReplayEveryUnresolvedEventAndCountThoseThatFailAgain() throws Exception {
        QuarkusTransaction.requiringNew().run(() -> ParkedEvent.update("resolvedAt = ?1 where resolvedAt is null",
                OffsetDateTime.now(ZoneOffset.UTC)));
        UUID goodStation = UUID.randomUUID();
        parkDirectly(UUID.randomUUID(), StationEvents.stationRegistered(UUID.randomUUID(), goodStation, UUID.randomUUID(), "好"));
        parkDirectly(UUID.randomUUID(), "{ not json");

        given().auth().oauth2(operator()).when().post(PARKED + "/replay")
                .then().statusCode(200)
                .body("unresolved", equalTo(2))
                .body("replayed", equalTo(1))
                .body("failed", equalTo(1));
        assertThat(stations.count("stationId", goodStation)).isEqualTo(1);
        assertThat(listedIds(false)).hasSize(1);
    }

    @Test
    void shouldLetOnlyOperatorsAndTheCountyAdminSeeOrReplayParkedEvents() {
        UUID reference = parkDirectly(UUID.randomUUID(), "{ not json");
        UUID township = UUID.randomUUID();
        for (String token : List.of(TestTokens.cadre(UUID.randomUUID(), UUID.randomUUID(), township),
                TestTokens.townshipOfficer(township), TestTokens.villager(UUID.randomUUID()), TestTokens.system("hotline"),
                TestTokens.token("inspector", Set.of("INSPECTOR"), Map.of()))) {
            given().auth().oauth2(token).when().get(PARKED).then().statusCode(403);
            given().auth().oauth2(token).when().post(PARKED + "/{id}/replay", reference).then().statusCode(403);
            given().auth().oauth2(token).when().post(PARKED + "/replay").then().statusCode(403);
        }
        given().when().get(PARKED).then().statusCode(401);
        given().auth().oauth2(operator()).when().post(PARKED + "/{id}/replay", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        ParkedEvent parked = QuarkusTransaction.requiringNew().call(() -> ParkedEvent.find("reference", reference).firstResult());
        assertThat(parked.resolvedAt).isNull();
        assertThat(parked.attempts).isEqualTo(1);
    }

    /** A parked row as the consumer leaves it, as if an earlier version of a handler had failed on it. */
    private static UUID parkDirectly(UUID eventId, String payload) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ParkedEvent parked = new ParkedEvent();
            parked.eventId = eventId;
            parked.eventType = "StationRegistered";
            parked.topic = StationEvents.CADRE_TOPIC;
            parked.partition = 0;
            parked.offset = 0L;
            parked.key = UUID.randomUUID().toString();
            parked.payload = payload;
            parked.error = "IllegalStateException: a bug since fixed";
            parked.attempts = 1;
            parked.firstAttemptAt = OffsetDateTime.now(ZoneOffset.UTC);
            parked.lastAttemptAt = parked.firstAttemptAt;
            parked.parkedAt = parked.firstAttemptAt;
            parked.persist();
            return parked.reference;
        });
    }

    private static Map<String, Object> listed(UUID eventId, boolean includeResolved) {
        List<Map<String, Object>> items = given().auth().oauth2(operator())
                .queryParam("includeResolved", includeResolved).queryParam("size", 100)
                .when().get(PARKED).then().statusCode(200).extract().jsonPath().getList("items");
        return items.stream().filter(item -> eventId.toString().equals(item.get("eventId"))).findFirst()
                .orElseThrow(() -> new AssertionError("event " + eventId + " not listed"));
    }

    private static List<String> listedIds(boolean includeResolved) {
        return given().auth().oauth2(operator()).queryParam("includeResolved", includeResolved).queryParam("size", 100)
                .when().get(PARKED).then().statusCode(200).extract().jsonPath().getList("items.id");
    }

    private static long parkedRows(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ParkedEvent.count("eventId", eventId));
    }

    private static long inboxRows(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> InboxEvent.count("eventId", eventId));
    }

    private static String operator() {
        return TestTokens.token("operator-on-call", Set.of("OPERATOR"), Map.of());
    }
}
