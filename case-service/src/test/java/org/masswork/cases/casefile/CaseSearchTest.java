package org.masswork.cases.casefile;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.masswork.cases.CaseTestData.open;
import static org.masswork.cases.CaseTestData.transition;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masswork.cases.CaseTestData.Station;
import org.masswork.cases.CaseTestData;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.infra.TestTokens;

@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "cases"))
class CaseSearchTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldFilterByEveryCriterionAndPage() {
        Station station = CaseTestData.station();
        String cadre = station.cadre();
        Map<String, Object> dispute = CaseTestData.problem(station);
        dispute.put("kind", "DISPUTE");
        dispute.put("category", "FAMILY_NEIGHBOUR_DISPUTE");
        dispute.put("description", "两户因宅基地边界_100%争执");
        dispute.put("recordedAt", "2026-03-01T00:00:00Z");
        UUID disputeId = open(cadre, dispute);
        UUID water = open(cadre, CaseTestData.problem(station));
        UUID escalated = open(cadre, CaseTestData.problem(station));
        transition(cadre, escalated, "ACCEPT").statusCode(200);
        transition(cadre, escalated, "ESCALATE", Map.of("toLevel", "STABILITY_CENTRE")).statusCode(200);

        search(Map.of("stationId", station.stationId(), "kind", "DISPUTE")).body("items.id", contains(disputeId.toString()));
        search(Map.of("stationId", station.stationId(), "category", "WATER", "status", "RECEIVED"))
                .body("items.id", contains(water.toString()));
        search(Map.of("stationId", station.stationId(), "level", "STABILITY_CENTRE"))
                .body("items.id", contains(escalated.toString())).body("items[0].levelLabel", equalTo("乡镇综治维稳中心"));
        search(Map.of("townshipId", station.townshipId(), "text", "宅基地边界_100%"))
                .body("items.id", contains(disputeId.toString()));
        search(Map.of("stationId", station.stationId(), "from", "2026-02-01T00:00:00Z", "to", "2026-04-01T00:00:00Z"))
                .body("items.id", contains(disputeId.toString()));
        search(Map.of("stationId", station.stationId(), "overdue", true)).body("totalItems", equalTo(0));
        search(Map.of("stationId", station.stationId(), "size", 2, "page", 1))
                .body("totalItems", equalTo(3)).body("totalPages", equalTo(2)).body("items.size()", equalTo(1));

        given().auth().oauth2(TestTokens.countyAdmin()).queryParams(Map.of("text", "x".repeat(101), "size", 101))
                .when().get("/api/v1/cases")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", contains("size", "text"));
        given().auth().oauth2(TestTokens.countyAdmin()).queryParams(Map.of("from", "2026-04-01T00:00:00Z", "to", "2026-02-01T00:00:00Z"))
                .when().get("/api/v1/cases")
                .then().statusCode(400).body("errors.field", contains("to"));
    }

    private static ValidatableResponse search(Map<String, Object> query) {
        return given().auth().oauth2(TestTokens.countyAdmin()).queryParams(query).when().get("/api/v1/cases").then().statusCode(200);
    }
}
