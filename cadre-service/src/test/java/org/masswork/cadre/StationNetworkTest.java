package org.masswork.cadre;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masswork.cadre.station.StationRepository;
import org.masswork.cadre.township.TownshipRepository;
import org.masswork.infra.KafkaTestClient;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.infra.TestTokens;
import org.masswork.platform.outbox.OutboxEvent;

@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "cadre"))
class StationNetworkTest {

    private static final String TOPIC = "masswork.cadre.events";

    @Inject
    StationRepository stations;

    @Inject
    TownshipRepository townships;

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldRegisterAStationAndPublishStationRegistered() throws Exception {
        UUID townshipId = CadreTestData.township();
        UUID villageId = CadreTestData.village(townshipId, "DISORDERLY");

        String location = given().auth().oauth2(TestTokens.countyAdmin()).contentType(ContentType.JSON)
                .body(Map.of("villageId", villageId, "name", "东沟村群众工作站", "recordedAt", "2026-01-05T00:00:00Z"))
                .when().post("/api/v1/stations")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/stations/"))
                .body("villageId", equalTo(villageId.toString()))
                .body("townshipId", equalTo(townshipId.toString()))
                .body("recordedAt", equalTo("2026-01-05T00:00:00Z"))
                .body("receivedAt", notNullValue())
                .extract().header("Location");
        UUID stationId = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));

        given().auth().oauth2(TestTokens.countyAdmin())
                .when().get("/api/v1/stations/{id}", stationId)
                .then().statusCode(200).body("name", equalTo("东沟村群众工作站"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> stations.get(stationId).villageId)).isEqualTo(villageId);

        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            List<ConsumerRecord<String, String>> records =
                    kafka.await(TOPIC, r -> stationId.toString().equals(r.key()), 1, Duration.ofSeconds(20));
            assertThat(records).hasSize(1);
            JsonNode event = mapper.readTree(records.get(0).value());
            assertThat(event.path("specversion").asText()).isEqualTo("1.0");
            assertThat(event.path("type").asText()).isEqualTo("StationRegistered");
            assertThat(event.path("source").asText()).isEqualTo("/masswork/cadre-service");
            assertThat(event.path("subject").asText()).isEqualTo(stationId.toString());
            assertThat(event.path("datacontenttype").asText()).isEqualTo("application/json");
            assertThat(event.path("data").path("villageId").asText()).isEqualTo(villageId.toString());
            assertThat(event.path("data").path("villageType").asText()).isEqualTo("DISORDERLY");
            assertThat(event.path("data").path("townshipName").asText()).isEqualTo("城关镇");
        }
        assertThat(QuarkusTransaction.requiringNew().call(() ->
                OutboxEvent.count("key = ?1 and publishedAt is not null", stationId.toString()))).isEqualTo(1);
    }

    @Test
    void shouldReturnTheFirstResultWhenACreateIsReplayedWithItsIdempotencyKey() {
        UUID townshipId = CadreTestData.township();
        UUID villageId = CadreTestData.village(townshipId, "POOR");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("villageId", villageId, "name", "西沟村群众工作站");

        String first = given().auth().oauth2(TestTokens.countyAdmin()).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/stations").then().statusCode(201).extract().path("id");
        String replay = given().auth().oauth2(TestTokens.countyAdmin()).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/stations").then().statusCode(201)
                .header("Location", endsWith("/api/v1/stations/" + first)).extract().path("id");

        assertThat(replay).isEqualTo(first);
        assertThat(QuarkusTransaction.requiringNew().call(() -> stations.count("villageId", villageId))).isEqualTo(1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("key", first))).isEqualTo(1);

        given().auth().oauth2(TestTokens.countyAdmin()).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(Map.of("villageId", villageId, "name", "另一个名字"))
                .when().post("/api/v1/stations")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:masswork:problem:idempotency-key-reused"));
    }

    @Test
    void shouldRejectInvalidInputWithEachFieldAndWriteNothing() {
        long townshipsBefore = QuarkusTransaction.requiringNew().call(() -> townships.count());
        long outboxBefore = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count());

        given().auth().oauth2(TestTokens.countyAdmin()).contentType(ContentType.JSON)
                .body(Map.of("code", "has spaces", "name", "x".repeat(101)))
                .when().post("/api/v1/townships")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("type", equalTo("urn:masswork:problem:validation-failed"))
                .body("errors.field", contains("code", "name"));

        given().auth().oauth2(TestTokens.countyAdmin()).contentType(ContentType.JSON)
                .body("{\"code\": \"T99\", \"name\": ")
                .when().post("/api/v1/townships")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:masswork:problem:malformed-body"));

        given().auth().oauth2(TestTokens.countyAdmin()).contentType(ContentType.JSON)
                .body(Map.of("townshipId", UUID.randomUUID(), "code", "V-1", "name", "村", "kind", "VILLAGE", "type", "HAUNTED"))
                .when().post("/api/v1/villages")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("type"));

        given().auth().oauth2(TestTokens.countyAdmin()).contentType(ContentType.JSON)
                .body(Map.of("code", CadreTestData.uniqueCode("T"), "name", "未来镇", "recordedAt", "2099-01-01T00:00:00Z"))
                .when().post("/api/v1/townships")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("recordedAt"));

        given().auth().oauth2(TestTokens.countyAdmin()).contentType(ContentType.JSON)
                .body(Map.of("villageId", UUID.randomUUID(), "name", "无村之站"))
                .when().post("/api/v1/stations")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:masswork:problem:unknown-village"))
                .body("errors.field", contains("villageId"));

        assertThat(QuarkusTransaction.requiringNew().call(() -> townships.count())).isEqualTo(townshipsBefore);
        assertThat(QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count())).isEqualTo(outboxBefore);
    }

    @Test
    void shouldRefuseASecondStationForTheSameVillage() {
        UUID villageId = CadreTestData.village(CadreTestData.township(), "ORDINARY");
        CadreTestData.station(villageId);

        given().auth().oauth2(TestTokens.countyAdmin()).contentType(ContentType.JSON)
                .body(Map.of("villageId", villageId, "name", "第二个站"))
                .when().post("/api/v1/stations")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:masswork:problem:station-exists-for-village"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> stations.count("villageId", villageId))).isEqualTo(1);
    }

    @Test
    void shouldAnswerUnknownIdsWithNotFound() {
        given().auth().oauth2(TestTokens.countyAdmin())
                .when().get("/api/v1/stations/{id}", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:masswork:problem:not-found"));
        // An id that is not a UUID is the client's mistake, named as such (JAX-RS alone would answer a bare 404).
        given().auth().oauth2(TestTokens.countyAdmin())
                .when().get("/api/v1/stations/not-a-uuid")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:masswork:problem:invalid-parameter"));
    }

    @Test
    void shouldRequireAValidTokenAndTheRightRole() {
        Map<String, Object> body = Map.of("code", CadreTestData.uniqueCode("T"), "name", "某镇");
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/townships")
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
        given().auth().oauth2(TestTokens.forged()).when().get("/api/v1/townships")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.expired()).when().get("/api/v1/townships")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.cadre(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()))
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/townships")
                .then().statusCode(403).contentType("application/problem+json");
        assertThat(QuarkusTransaction.requiringNew().call(() -> townships.count("code", body.get("code")))).isZero();
    }

    @Test
    void shouldPageAndFilterVillagesAndCapThePageSize() {
        UUID townshipId = CadreTestData.township();
        CadreTestData.village(townshipId, "POOR");
        CadreTestData.village(townshipId, "POOR");
        CadreTestData.village(townshipId, "DIFFICULT");

        given().auth().oauth2(TestTokens.countyAdmin())
                .queryParam("townshipId", townshipId).queryParam("type", "POOR").queryParam("size", 1)
                .when().get("/api/v1/villages")
                .then().statusCode(200)
                .body("totalItems", equalTo(2)).body("totalPages", equalTo(2)).body("items.size()", equalTo(1))
                .body("items[0].type", equalTo("POOR")).body("items[0].typeLabel", equalTo("穷村"));

        given().auth().oauth2(TestTokens.countyAdmin()).queryParam("size", 101)
                .when().get("/api/v1/villages")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", contains("size"));
    }
}
