package org.masswork.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masswork.infra.Await;
import org.masswork.infra.KafkaTestClient;
import org.masswork.infra.TestTokens;

/**
 * A station registered in cadre-service takes cases in case-service, and a case's life reaches the
 * other services as events on masswork.case.events, with ids and codes only.
 */
class CaseLifecycleIT {

    private static SystemUnderTest system;

    @BeforeAll
    static void start() {
        system = SystemUnderTest.get();
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldFileACaseAtANewStationAndPublishItsLifeUntilClosedAtTheStation() throws Exception {
        StationNetwork network = new StationNetwork(system.url("cadre-service"));
        UUID townshipId = network.township();
        UUID villageId = network.village(townshipId);
        UUID stationId = network.station(villageId);
        UUID cadreId = network.servingCadre(stationId);
        String cadre = TestTokens.cadre(cadreId, stationId, townshipId);
        Await.until("the cadre serving the station in case-service", Duration.ofSeconds(30), () ->
                given().baseUri(cases()).auth().oauth2(cadre).when().get("/api/v1/station-directory/{id}/cadres", stationId)
                        .then().extract().body().asString().contains(cadreId.toString()));

        String caseId = given().baseUri(cases()).auth().oauth2(cadre).contentType(ContentType.JSON)
                .body(Map.of("kind", "DISPUTE", "channel", "STATION_DAY_WALK_IN", "category", "FAMILY_NEIGHBOUR_DISPUTE",
                        "stationId", stationId, "villager", Map.of("name", "赵六", "phone", "13700001111"),
                        "description", "两户因排水沟改道发生争执"))
                .when().post("/api/v1/cases")
                .then().statusCode(201).body("villageId", equalTo(villageId.toString())).extract().path("id");
        for (Map<String, Object> step : List.<Map<String, Object>>of(
                Map.of("action", "ACCEPT"), Map.of("action", "START"),
                Map.of("action", "RESOLVE", "method", "COUNSELLING", "note", "调解达成协议"), Map.of("action", "CLOSE"))) {
            int version = given().baseUri(cases()).auth().oauth2(cadre).when().get("/api/v1/cases/{id}", caseId)
                    .then().statusCode(200).extract().path("version");
            Map<String, Object> body = new HashMap<>(step);
            body.put("version", version);
            given().baseUri(cases()).auth().oauth2(cadre).contentType(ContentType.JSON).body(body)
                    .when().post("/api/v1/cases/{id}/transitions", caseId)
                    .then().statusCode(200);
        }

        try (KafkaTestClient kafka = new KafkaTestClient(system.infrastructure.kafkaBootstrapServers())) {
            List<ConsumerRecord<String, String>> records =
                    kafka.await("masswork.case.events", r -> caseId.equals(r.key()), 4, Duration.ofSeconds(30));
            List<JsonNode> events = records.stream().map(CaseFiling::envelope).toList();
            assertThat(events).extracting(e -> e.path("type").asText())
                    .containsExactly("CaseOpened", "CaseAccepted", "CaseResolved", "CaseClosed");
            JsonNode closed = events.get(3).path("data");
            assertThat(closed.path("closedAtLevel").asText()).isEqualTo("STATION");
            assertThat(closed.path("onTime").asBoolean()).isTrue();
            assertThat(closed.path("townshipId").asText()).isEqualTo(townshipId.toString());
            assertThat(closed.path("villageId").asText()).isEqualTo(villageId.toString());
            assertThat(records).allSatisfy(r -> assertThat(r.value()).doesNotContain("赵六", "13700001111", "排水沟"));
        }
    }

    private static String cases() {
        return system.url("case-service");
    }
}
