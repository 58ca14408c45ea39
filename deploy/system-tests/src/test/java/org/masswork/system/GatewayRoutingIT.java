package org.masswork.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masswork.infra.TestTokens;

/** Clients reach every service through the gateway alone, and what the services answer comes back intact. */
class GatewayRoutingIT {

    private static SystemUnderTest system;
    private static String gateway;

    @BeforeAll
    static void start() {
        system = SystemUnderTest.get();
        gateway = system.url("gateway");
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldCreateInCadreServiceThroughTheGatewayWithALocationAtTheGateway() {
        String code = "T-" + UUID.randomUUID().toString().substring(0, 8);

        String location = given().baseUri(gateway).auth().oauth2(TestTokens.countyAdmin())
                .contentType(ContentType.JSON).body(Map.of("code", code, "name", "城关镇"))
                .when().post("/api/v1/townships")
                .then().statusCode(201)
                .body("code", equalTo(code))
                .extract().header("Location");

        assertThat(location).startsWith(gateway + "/api/v1/townships/");
        given().auth().oauth2(TestTokens.countyAdmin())
                .when().get(location)
                .then().statusCode(200)
                .body("code", equalTo(code));
    }

    @Test
    void shouldReadCaseServicesDirectoryThroughTheGateway() {
        StationNetwork network = new StationNetwork(gateway);
        UUID villageId = network.village(network.township());
        UUID stationId = network.station(villageId);

        StationNetwork.awaitInCaseService(gateway, List.of(stationId));
        given().baseUri(gateway).auth().oauth2(TestTokens.countyAdmin())
                .when().get("/api/v1/station-directory/{id}", stationId)
                .then().statusCode(200)
                .body("villageId", equalTo(villageId.toString()));
    }

    @Test
    void shouldPassTheServicesOwnProblemsOnUnchanged() {
        given().baseUri(gateway).auth().oauth2(TestTokens.countyAdmin())
                .when().get("/api/v1/stations/{id}", UUID.randomUUID())
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:masswork:problem:not-found"));
        given().baseUri(gateway).auth().oauth2(TestTokens.countyAdmin())
                .contentType(ContentType.JSON).body(Map.of("name", ""))
                .when().post("/api/v1/townships")
                .then().statusCode(400)
                .body("type", equalTo("urn:masswork:problem:validation-failed"));
    }

    @Test
    void shouldReachEvaluationAndRiskServices() {
        for (String path : new String[] {"/api/v1/rounds/{id}", "/api/v1/matters/{id}"}) {
            given().baseUri(gateway).auth().oauth2(TestTokens.countyAdmin())
                    .when().get(path, UUID.randomUUID())
                    .then().statusCode(404)
                    .body("type", equalTo("urn:masswork:problem:not-found"));
        }
    }

    @Test
    void shouldReturnTheRequestIdTheClientSentOrOneItCreated() {
        String sent = "web-" + UUID.randomUUID();
        given().baseUri(gateway).auth().oauth2(TestTokens.countyAdmin()).header("X-Request-Id", sent)
                .when().get("/api/v1/townships")
                .then().statusCode(200)
                .header("X-Request-Id", sent);
        given().baseUri(gateway).auth().oauth2(TestTokens.countyAdmin())
                .when().get("/api/v1/townships")
                .then().statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void shouldRefuseAForgedTokenAtTheEdge() {
        given().baseUri(gateway).auth().oauth2(TestTokens.forged())
                .when().get("/api/v1/townships")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:masswork:problem:unauthorized"));
    }
}
